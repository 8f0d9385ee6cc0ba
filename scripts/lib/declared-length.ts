import type { ServerResponse } from 'node:http';

/**
 * The header a route handler declares its body's length in. Next.js drops `Content-Length` from
 * route handlers' responses (send-response.ts: the body may have been decoded), so a large
 * download would go chunked, without a size for the browser's progress bar.
 */
export const DECLARED_LENGTH_HEADER = 'x-declared-content-length';

/** Turns a route handler's declared length back into `Content-Length` when the head is written. */
export const restoreDeclaredLength = (response: ServerResponse) => {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = (...args: unknown[]) => {
    const declared = response.getHeader(DECLARED_LENGTH_HEADER);
    if (typeof declared === 'string' && /^\d+$/.test(declared)) {
      response.removeHeader(DECLARED_LENGTH_HEADER);
      response.setHeader('Content-Length', declared);
    }
    return writeHead(...args);
  };
};
