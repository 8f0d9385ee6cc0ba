/**
 * A POST whose multipart body cannot be read as a form (a part header with a stray quote, no
 * boundary, a truncated body). Next.js fails on it inside a server action with a 500; browsers
 * never send one, so it is refused as a bad request before any action runs. The body is read from
 * a clone: the proxy holds it in memory anyway (proxyClientMaxBodySize), and the action reads it
 * again.
 */
export const isUnreadableForm = async (request: Request): Promise<boolean> => {
  if (request.method !== 'POST') return false;
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
};
