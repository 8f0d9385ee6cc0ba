// The production server: Next.js's request handler behind a plain HTTP server that answers
// requests for the build's scripts and stylesheets with brotli (scripts/lib/precompressed-assets.ts)
// and public pages from a cache (scripts/lib/page-cache/), compresses what Next.js answers
// (scripts/lib/compress-responses.ts), and drains its requests on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import next from 'next';

import { configuredAuthSecret } from '../src/server/auth/local-auth-secret';
import { builtConfig } from './lib/built-config';
import { compressResponses } from './lib/compress-responses';
import { createDatabaseGate } from './lib/database-gate';
import { canQuery, createDatabaseHealth } from './lib/database-health';
import { restoreDeclaredLength } from './lib/declared-length';
import { distDirOf } from './lib/dist-dir';
import { drainOnSigterm } from './lib/drain-server';
import { listenForChanges } from './lib/page-cache/listen-for-changes';
import { createPageStore } from './lib/page-cache/page-store';
import { servePageCache } from './lib/page-cache/serve-page-cache';
import { loadPrecompressedAssets, servePrecompressed } from './lib/precompressed-assets';
import {
  admitRequest,
  answerClientError,
  isBodyTooLarge,
  maxBodyBytes,
  parseTrustProxy,
  refuse,
  refuseConnect,
  refuseExpectation,
  SERVER_OPTIONS,
} from './lib/request-gate';
import { createRequestLog, trustsRequestId } from './lib/request-log';

const startedAt = performance.now();
// The Docker image runs this file without scripts/start.ts: the same refusal as `npm start`'s.
if (process.env.DATABASE_URL && !configuredAuthSecret()) {
  console.error(
    'AUTH_SECRET is required when DATABASE_URL is set: every instance must sign sessions with ' +
      'the same key (`openssl rand -base64 32`).',
  );
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
/** How long SIGTERM waits for requests in flight (a container runtime kills after ~10 s). */
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS || 8000);

const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
const bodyLimit = maxBodyBytes();
const withRequestLog = createRequestLog({ trusted: trustsRequestId() });
const databaseUrl = process.env.DATABASE_URL;
const databaseGate = databaseUrl
  ? createDatabaseGate({ health: createDatabaseHealth(() => canQuery(databaseUrl, 1000)) })
  : null;
const pageStore = createPageStore({
  maxEntries: Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 1000),
  maxAgeMs: 3600_000,
});
const changes = databaseUrl ? listenForChanges({ databaseUrl, store: pageStore }) : null;
const pageCache = changes && { store: pageStore, notifyingTables: changes.notifyingTables };
// What Next's standalone server.js does: the build's own configuration, not next.config.ts again.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = await builtConfig(distDirOf());
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const [assets] = await Promise.all([loadPrecompressedAssets(distDirOf()), app.prepare()]);

const render = async (request: IncomingMessage, response: ServerResponse) => {
  // Every page reads the database: while it is down (or restarting), a 503 instead of a 500.
  if (await databaseGate?.(request, response)) return;
  restoreDeclaredLength(response);
  await compressResponses(request, response);
  await handle(request, response);
};

const handleRequest = (request: IncomingMessage, response: ServerResponse) => {
  if (!admitRequest(request, response, { trust: trustProxy, bodyLimit })) return;
  if (servePrecompressed(assets, request, response)) return;
  if (pageCache && servePageCache(pageCache, request, response, render)) return;
  void render(request, response);
};

const server = createServer(SERVER_OPTIONS, withRequestLog(handleRequest))
  // `Expect: 100-continue`: a body declared too large is refused before the client sends it,
  // instead of a 413 racing the upload (the client would see a reset, not the answer).
  .on(
    'checkContinue',
    withRequestLog((request: IncomingMessage, response: ServerResponse) => {
      if (isBodyTooLarge(request, bodyLimit)) return refuse(response, 413);
      response.writeContinue();
      handleRequest(request, response);
    }),
  )
  .on('checkExpectation', withRequestLog(refuseExpectation))
  .on('clientError', answerClientError)
  .on('connect', refuseConnect)
  .listen(port, hostname, () => {
    console.log(
      `Next.js listening on ${hostname}:${port}; ready in ${Math.round(performance.now() - startedAt)} ms`,
    );
  });

// A rolling deploy or scale-down: finish what was asked (a form being saved), take nothing new.
drainOnSigterm({ server, timeoutMs: drainMs, beforeExit: async () => changes?.stop() });
