import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  loadPrecompressedAssets,
  precompressStaticAssets,
  servePrecompressed,
} from '../../scripts/lib/precompressed-assets';
import { rawRequest } from '../support/raw-request';

const SCRIPT = `console.log(${JSON.stringify('prevenir '.repeat(500))});`;

let distDir: string;
let server: Server;
let base: string;

/** Raw response (not decoded), as a browser receives it. */
const get = (pathname: string, acceptEncoding: string, method = 'GET') =>
  rawRequest(new URL(pathname, base), { method, headers: { 'Accept-Encoding': acceptEncoding } });

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'prevenir-assets-'));
  await mkdir(path.join(distDir, 'static', 'chunks'), { recursive: true });
  await writeFile(path.join(distDir, 'static', 'chunks', 'app.js'), SCRIPT);
  await writeFile(path.join(distDir, 'static', 'chunks', 'font.woff2'), 'not compressed');
  // At build time (scripts/lib/build-site.ts); the server only loads what the build wrote.
  await precompressStaticAssets(distDir);
  const assets = await loadPrecompressedAssets(distDir);
  server = createServer((req, res) => {
    if (servePrecompressed(assets, req, res)) return;
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('from the fallback');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(distDir, { recursive: true, force: true });
});

describe('precompressed static assets', () => {
  it('sends a script brotli-compressed to a browser that accepts brotli, cached for good', async () => {
    const response = await get('/_next/static/chunks/app.js', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it('is compressed by the build: the brotli copy sits next to the script', async () => {
    const copy = await readFile(path.join(distDir, 'static', 'chunks', 'app.js.br'));
    expect(brotliDecompressSync(copy).toString()).toBe(SCRIPT);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await get('/_next/static/chunks/app.js', 'br', 'HEAD');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.body.length).toBe(0);
  });

  it.each([
    ['a browser without brotli', '/_next/static/chunks/app.js', 'gzip'],
    ['brotli refused with q=0', '/_next/static/chunks/app.js', 'br;q=0, gzip'],
    ['a file that is not a script or stylesheet', '/_next/static/chunks/font.woff2', 'br'],
    ['a path outside the build', '/_next/static/../../etc/passwd', 'br'],
    ['a page', '/es', 'br'],
  ])('leaves %s to Next.js', async (_, pathname, acceptEncoding) => {
    const response = await get(pathname, acceptEncoding);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('from the fallback');
  });
});
