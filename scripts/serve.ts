// The production server: Next.js's request handler behind a plain HTTP server that answers
// requests for the build's scripts and stylesheets with brotli (scripts/lib/precompressed-assets.ts).
import { createServer } from 'node:http';

import next from 'next';

import { createDatabaseHealth } from './lib/database-health';
import { distDirOf } from './lib/dist-dir';
import { precompressStaticAssets, servePrecompressed } from './lib/precompressed-assets';
import {
  isBodyTooLarge,
  isMalformedPath,
  maxBodyBytes,
  parseTrustProxy,
  refuse,
  stampClientAddress,
  unavailableText,
} from './lib/request-gate';

const startedAt = performance.now();
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';

const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
const bodyLimit = maxBodyBytes();
const database = process.env.DATABASE_URL ? createDatabaseHealth(process.env.DATABASE_URL) : null;
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const [assets] = await Promise.all([precompressStaticAssets(distDirOf()), app.prepare()]);

createServer(async (request, response) => {
  if (isMalformedPath(request.url)) return refuse(response, 400);
  if (isBodyTooLarge(request, bodyLimit)) return refuse(response, 413);
  stampClientAddress(request, trustProxy);
  if (servePrecompressed(assets, request, response)) return;
  // Every page reads the database: while it is down (or restarting), say so instead of a 500.
  if (database && !(await database.isUp())) {
    return refuse(response, 503, unavailableText(request.url));
  }
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(
    `Next.js listening on ${hostname}:${port}; ready in ${Math.round(performance.now() - startedAt)} ms`,
  );
});
