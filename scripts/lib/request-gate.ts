// What the production server settles before Next.js sees a request: the client's address (from
// the socket, or from forwarded headers only when they come from a configured proxy) and paths
// that cannot be decoded, which Next.js would answer with a bare 500.
import type { IncomingMessage, ServerOptions, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

import proxyaddr from 'proxy-addr';

import { CLIENT_ADDRESS_HEADER } from '../../src/server/security/client-address-header';
import { isMalformedPath } from '../../src/server/security/is-malformed-path';
import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The server's options: a request asking to upgrade (curl --http2's `Upgrade: h2c`, a WebSocket)
 * is answered as the plain request it also is. Next.js's upgrade handler closed such connections
 * unanswered, and nothing here speaks WebSocket. `shouldUpgradeCallback` is Node.js 24's, newer
 * than the pinned @types/node.
 */
export const SERVER_OPTIONS: ServerOptions & {
  shouldUpgradeCallback: (request: IncomingMessage) => boolean;
} = { shouldUpgradeCallback: () => false };

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
      { cause: error },
    );
  }
};

/**
 * Whole files only: Next.js answered a `Range` it could not serve (past the end, or malformed) on
 * a static file with a 500, and the site's static files are small. RFC 9110 lets a server ignore
 * the header, and the file comes whole (200).
 */
const dropRange = (request: IncomingMessage) => {
  delete request.headers.range;
  delete request.headers['if-range'];
};

/** Replaces any client-sent copy of the internal address header with the address we trust. */
const stampClientAddress = (request: IncomingMessage, trust: TrustProxy) => {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (!request.socket.remoteAddress) return;
  request.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(request, trust);
};

// Shared with src/proxy.ts, which refuses such paths too when Next.js runs without this server.
export { isMalformedPath };

const ABSOLUTE_FORM = /^https?:\/\//i;

/**
 * Keeps only the path and query of a request target in absolute form (`GET http://host/path`,
 * which clients send to proxies): its host is the client's word, like a Host header, and Next.js
 * redirected to it. False for any other target that is not a path (`*`, which failed with a 500).
 */
const toOriginForm = (request: IncomingMessage): boolean => {
  const target = request.url ?? '';
  if (target.startsWith('/')) return true;
  if (!ABSOLUTE_FORM.test(target) || !URL.canParse(target)) return false;
  const { pathname, search } = new URL(target);
  request.url = pathname + search;
  return true;
};

/**
 * Largest request body: the largest upload (UPLOAD_MAX_BYTES) plus 1 MiB for the form's fields,
 * as next.config.ts allows server actions. Larger bodies would fail inside Next.js with a 500.
 */
export const maxBodyBytes = (uploadMaxBytes = process.env.UPLOAD_MAX_BYTES) =>
  (Number(uploadMaxBytes) || 25 * 1024 * 1024) + 1024 * 1024;

/** A declared body over the limit (limitUndeclaredBody counts the others). */
export const isBodyTooLarge = (request: IncomingMessage, maxBytes: number) =>
  Number(request.headers['content-length'] ?? 0) > maxBytes;

/**
 * A body without Content-Length (chunked) is counted as the socket delivers it: past the limit
 * the client gets the 413 at once and the rest is dropped. Next.js would cut it at the limit and
 * fail on the truncated form with a 500.
 */
const limitUndeclaredBody = (
  request: IncomingMessage,
  response: ServerResponse,
  maxBytes: number,
) => {
  if (request.headers['content-length'] !== undefined) return;
  let size = 0;
  const push = request.push.bind(request);
  request.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    // Past the limit the app never sees the body end: it would act on a truncated form.
    if (chunk === null) return size > maxBytes || push(null);
    size += chunk.length;
    if (size <= maxBytes) return push(chunk, encoding);
    if (!response.headersSent) refuse(response, 413);
    // Dropped, and read on: the client gets the 413 while it uploads (see lingerBeforeClosing).
    return true;
  };
};

/**
 * TRACE, which the Fetch standard forbids: Next.js builds a `Request` of every request, and that
 * throws on it (a 500). Parsed methods Node does not know never get here (answerClientError).
 */
const isUnsupportedMethod = (request: IncomingMessage) => request.method === 'TRACE';

/** What the app answers to, for the 405's `Allow` (route handlers export GET and OPTIONS). */
const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';

/** The headers every response carries, and a 405's `Allow`. */
const refusalHeaders = (status: keyof typeof STATUS_TEXT): [string, string][] => [
  ...RESPONSE_HEADERS.map(({ key, value }): [string, string] => [key, value]),
  ...(status === 405 ? [['Allow', ALLOWED_METHODS] as [string, string]] : []),
];

const STATUS_TEXT = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
} as const;

/** How long a refused connection is still read, and its bytes dropped, after the answer. */
const LINGER_MS = 2_000;

/**
 * Closes as nginx's lingering close does: the answer and a FIN, then the client's bytes read and
 * dropped until it closes its side too (the socket then closes itself) or LINGER_MS pass.
 * Closing at once would make the kernel reset a connection whose client is still uploading, and
 * the client would see the reset, not the 413. `destroySoon` is what Node's HTTP server calls
 * once a `Connection: close` answer is sent.
 */
const lingerBeforeClosing = (socket: Socket) => {
  socket.destroySoon = () => {
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer)).end();
  };
};

/** A plain-text refusal with the same security headers as every other response. */
export const refuse = (
  response: ServerResponse,
  status: keyof typeof STATUS_TEXT,
  text: string = STATUS_TEXT[status],
) => {
  for (const [key, value] of refusalHeaders(status)) response.setHeader(key, value);
  // The body is not read: the connection closes after the answer, lingering while it comes in.
  if (response.socket) lingerBeforeClosing(response.socket);
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.end(`${text}\n`);
};

/** An answer written straight on the socket, for requests that get no response object. */
const answerOnSocket = (socket: Duplex, status: keyof typeof STATUS_TEXT) => {
  const text = `${STATUS_TEXT[status]}\n`;
  const headers = [
    ...refusalHeaders(status).map(([key, value]) => `${key}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(text)}`,
    'Connection: close',
  ];
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${headers.join('\r\n')}\r\n\r\n${text}`);
};

/**
 * A request Node's parser refuses (headers over its limit, broken syntax) never reaches the
 * handler; Node's own answer would lack the security headers.
 */
export const answerClientError = (error: NodeJS.ErrnoException, socket: Duplex) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  answerOnSocket(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400);
};

/** An `Expect` other than 100-continue: Node answers it with a bare 417 when nobody listens. */
export const refuseExpectation = (_request: IncomingMessage, response: ServerResponse) =>
  refuse(response, 417);

/** CONNECT asks for a tunnel, which this server is not: Node would close the connection unanswered. */
export const refuseConnect = (_request: IncomingMessage, socket: Duplex) =>
  answerOnSocket(socket, 405);

type GateOptions = { trust: TrustProxy; bodyLimit: number };

/** The 4xx a request gets before anything else, or null (an absolute-form target is made a path). */
const refusalOf = (request: IncomingMessage, bodyLimit: number) => {
  if (!toOriginForm(request) || isMalformedPath(request.url)) return 400;
  if (isUnsupportedMethod(request)) return 405;
  if (isBodyTooLarge(request, bodyLimit)) return 413;
  return null;
};

/**
 * What the gate settles before a request goes on, in order. False when it has answered (400, 405
 * or 413, see refusalOf); true otherwise, with the body counted, the client's address stamped
 * and any Range dropped.
 */
export const admitRequest = (
  request: IncomingMessage,
  response: ServerResponse,
  { trust, bodyLimit }: GateOptions,
): boolean => {
  const refusal = refusalOf(request, bodyLimit);
  if (refusal) {
    refuse(response, refusal);
    return false;
  }
  limitUndeclaredBody(request, response, bodyLimit);
  stampClientAddress(request, trust);
  dropRange(request);
  return true;
};
