// The production server: Next.js's request handler behind a plain HTTP server that answers
// requests for the build's scripts and stylesheets with brotli (scripts/lib/precompressed-assets.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import next from 'next';

import { createDatabaseGate } from './lib/database-gate';
import { canQuery, createDatabaseHealth } from './lib/database-health';
import { distDirOf } from './lib/dist-dir';
import { precompressStaticAssets, servePrecompressed } from './lib/precompressed-assets';
import {
  answerClientError,
  isBodyTooLarge,
  isMalformedPath,
  limitUndeclaredBody,
  maxBodyBytes,
  parseTrustProxy,
  refuse,
  stampClientAddress,
} from './lib/request-gate';
import { createRequestLog, trustsRequestId } from './lib/request-log';

const startedAt = performance.now();
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';

const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
const bodyLimit = maxBodyBytes();
const withRequestLog = createRequestLog({ trusted: trustsRequestId() });
const databaseUrl = process.env.DATABASE_URL;
const databaseGate = databaseUrl
  ? createDatabaseGate({ health: createDatabaseHealth(() => canQuery(databaseUrl, 1000)) })
  : null;
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const [assets] = await Promise.all([precompressStaticAssets(distDirOf()), app.prepare()]);

const handleRequest = async (request: IncomingMessage, response: ServerResponse) => {
  if (isMalformedPath(request.url)) return refuse(response, 400);
  if (isBodyTooLarge(request, bodyLimit)) return refuse(response, 413);
  limitUndeclaredBody(request, response, bodyLimit);
  stampClientAddress(request, trustProxy);
  if (servePrecompressed(assets, request, response)) return;
  // Every page reads the database: while it is down (or restarting), a 503 instead of a 500.
  if (await databaseGate?.(request, response)) return;
  void handle(request, response);
};

createServer(withRequestLog((request, response) => void handleRequest(request, response)))
  // `Expect: 100-continue`: a body declared too large is refused before the client sends it,
  // instead of a 413 racing the upload (the client would see a reset, not the answer).
  .on(
    'checkContinue',
    withRequestLog((request: IncomingMessage, response: ServerResponse) => {
      if (isBodyTooLarge(request, bodyLimit)) return refuse(response, 413);
      response.writeContinue();
      void handleRequest(request, response);
    }),
  )
  .on('clientError', answerClientError)
  .listen(port, hostname, () => {
    console.log(
      `Next.js listening on ${hostname}:${port}; ready in ${Math.round(performance.now() - startedAt)} ms`,
    );
  });
