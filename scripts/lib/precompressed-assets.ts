import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';

const compress = promisify(brotliCompress);

const URL_PREFIX = '/_next/static/';
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type PrecompressedAssets = ReadonlyMap<string, { body: Buffer; contentType: string }>;

const BROTLI_SUFFIX = '.br';

const assetFiles = async (root: string) =>
  (await readdir(root, { recursive: true })).filter((file) => CONTENT_TYPES[path.extname(file)]);

/**
 * Writes a brotli copy (at its best quality) of every script and stylesheet of a build next to
 * it: `next start` only gzips, and brotli makes what visitors download about 15% smaller. Done
 * once by `npm run build` (a few seconds), not by every server at every start.
 */
export const precompressStaticAssets = async (distDir: string) => {
  const root = path.join(distDir, 'static');
  for (const file of await assetFiles(root)) {
    const raw = await readFile(path.join(root, file));
    const body = await compress(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    await writeFile(path.join(root, file + BROTLI_SUFFIX), body);
  }
};

/** The build's brotli copies, keyed by URL path (a build without them serves Next's gzip). */
export const loadPrecompressedAssets = async (distDir: string): Promise<PrecompressedAssets> => {
  const root = path.join(distDir, 'static');
  const assets = new Map<string, { body: Buffer; contentType: string }>();
  for (const file of await assetFiles(root)) {
    const body = await readFile(path.join(root, file + BROTLI_SUFFIX)).catch(() => null);
    if (!body) continue;
    const contentType = CONTENT_TYPES[path.extname(file)]!;
    assets.set(URL_PREFIX + file.split(path.sep).join('/'), { body, contentType });
  }
  return assets;
};

const acceptsBrotli = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? '').split(',').some((entry) => {
    const [coding, ...params] = entry.split(';').map((part) => part.trim());
    const quality = params.find((param) => param.startsWith('q='));
    return coding === 'br' && (quality === undefined || Number(quality.slice(2)) > 0);
  });

/**
 * Answers a request for one of the assets when the browser accepts brotli, and says whether it
 * did; anything else (another encoding, another path, a POST) is left to Next.js.
 */
export const servePrecompressed = (
  assets: PrecompressedAssets,
  request: IncomingMessage,
  response: ServerResponse,
): boolean => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const asset = assets.get((request.url ?? '').split('?')[0]!);
  if (!asset) return false;
  response.setHeader('Vary', 'Accept-Encoding');
  if (!acceptsBrotli(request.headers['accept-encoding'])) return false;
  response.writeHead(200, {
    ...Object.fromEntries(RESPONSE_HEADERS.map(({ key, value }) => [key, value])),
    'Content-Type': asset.contentType,
    'Content-Encoding': 'br',
    'Content-Length': asset.body.length,
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
  return true;
};
