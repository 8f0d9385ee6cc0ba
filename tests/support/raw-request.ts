import { type IncomingHttpHeaders, request } from 'node:http';

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One HTTP request, its response read as the client receives it: bytes not decoded. */
export const rawRequest = (
  url: string | URL,
  options: { method?: string; headers?: Record<string, string> } = {},
) =>
  new Promise<RawResponse>((resolve, reject) => {
    request(url, options)
      .on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject)
      .end();
  });
