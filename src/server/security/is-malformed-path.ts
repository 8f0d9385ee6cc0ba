// C0 controls and DEL never belong in a path; a NUL would otherwise reach PostgreSQL.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A path (query string ignored) that cannot be percent-decoded or hides control characters. */
export const isMalformedPath = (url: string | undefined): boolean => {
  const [path = '/'] = (url ?? '/').split('?', 1);
  try {
    return CONTROL_CHARACTERS.test(decodeURIComponent(path));
  } catch {
    return true;
  }
};
