// What the production server settles before Next.js sees a request: the client's address (from
// the socket, or from forwarded headers only when they come from a configured proxy) and paths
// that cannot be decoded, which Next.js would answer with a bare 500.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import proxyaddr from 'proxy-addr';

import { CLIENT_ADDRESS_HEADER } from '../../src/server/security/client-address-header';
import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: unset or empty trusts no proxy (the socket's address is the client's); a number
 * trusts that many hops in front of the app; otherwise a comma-separated list of proxy addresses,
 * CIDR ranges or proxy-addr's names (`loopback`, `uniquelocal`). Invalid values throw at start.
 */
export const parseTrustProxy = (value: string | undefined): TrustProxy => {
  const text = value?.trim();
  if (!text) return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyaddr.compile(
      text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    );
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be a hop count or comma-separated addresses/CIDRs (${(error as Error).message})`,
    );
  }
};

/** Replaces any client-sent copy of the internal address header with the address we trust. */
export const stampClientAddress = (request: IncomingMessage, trust: TrustProxy) => {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (!request.socket.remoteAddress) return;
  request.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(request, trust);
};

// C0 controls and DEL never belong in a path; a NUL would otherwise reach PostgreSQL.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const isMalformedPath = (url: string | undefined): boolean => {
  const [path = '/'] = (url ?? '/').split('?', 1);
  try {
    return CONTROL_CHARACTERS.test(decodeURIComponent(path));
  } catch {
    return true;
  }
};

/**
 * Largest request body: the largest upload (UPLOAD_MAX_BYTES) plus 1 MiB for the form's fields,
 * as next.config.ts allows server actions. Larger bodies would fail inside Next.js with a 500.
 */
export const maxBodyBytes = (uploadMaxBytes = process.env.UPLOAD_MAX_BYTES) =>
  (Number(uploadMaxBytes) || 25 * 1024 * 1024) + 1024 * 1024;

/** A declared body over the limit (chunked bodies are bounded by Next.js itself). */
export const isBodyTooLarge = (request: IncomingMessage, maxBytes: number) =>
  Number(request.headers['content-length'] ?? 0) > maxBytes;

const STATUS_TEXT = {
  400: 'Bad Request',
  413: 'Content Too Large',
  503: 'Service Unavailable',
} as const;

/** A plain-text refusal with the same security headers as every other response. */
export const refuse = (
  response: ServerResponse,
  status: keyof typeof STATUS_TEXT,
  text: string = STATUS_TEXT[status],
) => {
  for (const { key, value } of RESPONSE_HEADERS) response.setHeader(key, value);
  // The body is not read: the connection closes after the answer.
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...(status === 503 && { 'Retry-After': '10' }),
  });
  response.end(`${text}\n`);
};

type ErrorPageMessages = { ErrorPage: { title: string; description: string } };

/** "Something went wrong…" in the language of the path's prefix (Spanish by default). */
export const unavailableText = (url: string | undefined, messagesDir = 'messages') => {
  const locale = /^\/(es|pt|en)(?:[/?]|$)/.exec(url ?? '')?.[1] ?? 'es';
  const { ErrorPage } = JSON.parse(
    readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'),
  ) as ErrorPageMessages;
  return `${ErrorPage.title}. ${ErrorPage.description}`;
};
