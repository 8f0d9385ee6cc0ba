import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

import {
  recordingTableReads,
  type TableReads,
  UNKNOWN_TABLES,
} from '../../../src/server/page-cache/table-reads';
import { acceptsGzip, gzipPage, toBuffer } from '../compress-responses';
import { pageCacheKeyOf } from './cacheable-request';
import { freshNonce, nonceOfCsp, piecesWithNonce, splitOnNonce } from './page-nonce';
import type { PageStore } from './page-store';

/**
 * What a shared cache (a CDN) may do with a cached page: keep it briefly, and serve it a little
 * longer while it fetches a fresh one. Browsers always ask again (max-age=0).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60';
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Headers of one response, not of the page. */
const PER_RESPONSE = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];

export type PageCache = {
  store: PageStore;
  /** Tables whose changes PostgreSQL announces; empty while not listening. */
  notifyingTables: () => ReadonlySet<string>;
};

type Handle = (request: IncomingMessage, response: ServerResponse) => unknown;

const sendCached = (
  request: IncomingMessage,
  response: ServerResponse,
  headers: OutgoingHttpHeaders,
  parts: readonly Buffer[],
) => {
  const nonce = freshNonce();
  const csp = String(headers['content-security-policy']);
  const pieces = piecesWithNonce(parts, nonce);
  const gzip = acceptsGzip(request);
  // Identity bytes are written piece by piece (one writev): a large page (the directory is
  // 350 kB) is not copied for every response.
  const body = gzip ? [gzipPage(Buffer.concat(pieces))] : pieces;
  response.writeHead(200, {
    ...headers,
    'content-security-policy': csp.replace(/'nonce-[^']+'/g, `'nonce-${nonce}'`),
    'cache-control': PUBLIC_CACHE_CONTROL,
    // Next's own Vary (its router's headers) stays: a shared cache must not answer those with HTML.
    vary: [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', '),
    'x-page-cache': 'hit',
    'content-length': body.reduce((length, piece) => length + piece.length, 0),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.cork();
  for (const piece of body) response.write(piece);
  response.end();
};

const canStore = (response: ServerResponse, reads: TableReads, notifying: ReadonlySet<string>) =>
  response.statusCode === 200 &&
  String(response.getHeader('content-type') ?? '').startsWith('text/html') &&
  response.getHeader('set-cookie') === undefined &&
  !reads.has(UNKNOWN_TABLES) &&
  [...reads].every((table) => notifying.has(table));

/** Lets Next.js answer while keeping a copy of the bytes it sends, then stores the page. */
const renderAndStore = (
  cache: PageCache,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handle,
) => {
  const renderedSince = cache.store.generation();
  const reads: TableReads = new Set();
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = toBuffer(chunk, encoding);
    size += buffer.length;
    if (size <= MAX_PAGE_BYTES) chunks.push(buffer);
  };
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
  }) as typeof response.end;
  response.setHeader('x-page-cache', 'miss');
  response.on('finish', () => {
    const nonce = nonceOfCsp(String(response.getHeader('content-security-policy') ?? ''));
    if (!nonce || size > MAX_PAGE_BYTES || !canStore(response, reads, cache.notifyingTables())) {
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(response.getHeaders()).filter(([name]) => !PER_RESPONSE.includes(name)),
    );
    const parts = splitOnNonce(Buffer.concat(chunks), nonce);
    cache.store.set(key, { headers, parts, tables: new Set(reads) }, renderedSince);
  });
  // Identity bytes from Next.js (these are what is stored); hits are compressed per response.
  delete request.headers['accept-encoding'];
  recordingTableReads(reads, () => handle(request, response));
};

/**
 * Answers a public page from the cache with a fresh nonce, or has Next.js render it and keeps
 * it. Says whether it took the request; anything else is left to the caller.
 */
export const servePageCache = (
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handle,
): boolean => {
  const key = pageCacheKeyOf(request);
  if (key === null) return false;
  const page = cache.store.get(key);
  if (page) sendCached(request, response, page.headers, page.parts);
  else renderAndStore(cache, key, request, response, handle);
  return true;
};
