// The production server's compression (scripts/lib/compress-responses.ts) in front of a stand-in
// for Next.js that answers as it does: headers set, the head flushed, then chunk after chunk.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compressResponses } from '../../scripts/lib/compress-responses';
import { rawRequest } from '../support/raw-request';

const PAGE_CHUNKS = [
  '<!DOCTYPE html><html lang="es"><head><title>Resultados</title></head><body>',
  ...Array.from({ length: 40 }, (_, i) => `<article><h3>Informe ${i}</h3><p>visitas</p></article>`),
  '</body></html>',
];
const PAGE = PAGE_CHUNKS.join('');
const CSV_ROWS = Array.from({ length: 200 }, (_, i) => `${i},Informe ${i},2026-01-01\n`);
const PDF = Buffer.from('%PDF-1.7 not really a pdf, but bytes that are never compressed');

const answer = async (request: IncomingMessage, response: ServerResponse) => {
  const url = request.url ?? '';
  if (url === '/es/search') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Vary', 'rsc');
    response.flushHeaders();
    for (const chunk of PAGE_CHUNKS.slice(0, -1)) response.write(new TextEncoder().encode(chunk));
    await new Promise((resolve) => setTimeout(resolve, 5));
    response.end(PAGE_CHUNKS.at(-1));
  } else if (url === '/es/data/export.csv') {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    for (const row of CSV_ROWS) response.write(row);
    response.end();
  } else if (url === '/es/admin') {
    response.statusCode = 307;
    response.setHeader('Location', '/es/sign-in');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end();
  } else if (url === '/files/report.pdf') {
    response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': PDF.length });
    response.end(PDF);
  } else if (url === '/already-gzipped') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Encoding', 'gzip');
    response.end(gzipSync(PAGE));
  } else {
    response.statusCode = 404;
    response.end();
  }
};

let server: Server;
let port: number;

/** The raw bytes and headers, as the client receives them (no decoding). */
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(`http://127.0.0.1:${port}${path}`, { method, headers });

/** What browsers send. */
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

beforeAll(async () => {
  server = createServer((request, response) => {
    void compressResponses(request, response).then(() => answer(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('compressResponses', () => {
  it('sends a rendered page gzipped in one piece, with its length', async () => {
    const { headers, body } = await get('/es/search', BROWSER);

    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['transfer-encoding']).toBeUndefined();
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(headers.vary).toBe('rsc, Accept-Encoding');
    expect(gunzipSync(body).toString()).toBe(PAGE);
    expect(body.length).toBeLessThan(PAGE.length / 3);
  });

  it('sends the page as it is to a client that does not accept gzip', async () => {
    const { headers, body } = await get('/es/search');

    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(PAGE);
  });

  it('sends a redirect without a body as it is', async () => {
    const { status, headers, body } = await get('/es/admin', BROWSER);

    expect(status).toBe(307);
    expect(headers.location).toBe('/es/sign-in');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['content-length']).toBe('0');
    expect(body.length).toBe(0);
  });

  it('answers a HEAD request for a page with its head only', async () => {
    const { status, headers, body } = await get('/es/search', BROWSER, 'HEAD');

    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(body.length).toBe(0);
  });

  it('streams an export compressed, chunk by chunk, instead of holding it whole', async () => {
    const { headers, body } = await get('/es/data/export.csv', BROWSER);

    // The `compression` middleware prefers brotli when the client takes it.
    expect(headers['content-encoding']).toBe('br');
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(headers['content-length']).toBeUndefined();
    expect(brotliDecompressSync(body).toString()).toBe(CSV_ROWS.join(''));
  });

  it('leaves files that do not compress, and bodies already encoded, as they are', async () => {
    const pdf = await get('/files/report.pdf', BROWSER);
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(Number(pdf.headers['content-length'])).toBe(PDF.length);
    expect(pdf.body.equals(PDF)).toBe(true);

    const encoded = await get('/already-gzipped', BROWSER);
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(encoded.body).toString()).toBe(PAGE);
  });
});
