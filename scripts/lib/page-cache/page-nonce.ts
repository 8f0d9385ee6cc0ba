import { randomBytes } from 'node:crypto';

/** 128 random bits, as CSP nonces should have. */
export const freshNonce = (): string => randomBytes(16).toString('base64');

export const nonceOfCsp = (csp: string): string | undefined => /'nonce-([^']+)'/.exec(csp)?.[1];

/**
 * Cuts a rendered page wherever its nonce appears (script and style tags, and the copy Next.js
 * gives its client router). The nonce was random and unknown before the render, so no stored
 * content can contain it: only the tags Next.js wrote get the next response's nonce.
 */
export const splitOnNonce = (body: Buffer, nonce: string): Buffer[] => {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(nonce); at !== -1; at = body.indexOf(nonce, start)) {
    parts.push(body.subarray(start, at));
    start = at + nonce.length;
  }
  parts.push(body.subarray(start));
  return parts;
};

/** The page's pieces with the nonce between them, to be written in order (no copy of the page). */
export const piecesWithNonce = (parts: readonly Buffer[], nonce: string): Buffer[] => {
  const glue = Buffer.from(nonce);
  return parts.flatMap((part, index) => (index > 0 ? [glue, part] : [part]));
};
