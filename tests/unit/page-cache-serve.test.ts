// The page cache in front of a stand-in for Next.js that renders like it does: a nonce from the
// request's policy on every script, the same nonce in the Content-Security-Policy header.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createPageStore } from '../../scripts/lib/page-cache/page-store';
import { servePageCache } from '../../scripts/lib/page-cache/serve-page-cache';
import { noteTableReads } from '../../src/server/page-cache/table-reads';
import { buildCsp } from '../../src/server/security/build-csp';

const store = createPageStore({ maxEntries: 100, maxAgeMs: 60_000 });
const notifying = new Set(['Document', 'DocumentTranslation']);
let renders = 0;
let server: Server;
let base: string;

/** What an editor once typed: stored content never gets a nonce, even if it holds a tag. */
const STORED_CONTENT = '<p>Informe anual</p><script>alert(1)</script>';

const render = async (request: IncomingMessage, response: ServerResponse) => {
  renders++;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  noteTableReads(() => (request.url!.includes('users') ? ['User'] : ['Document']));
  await new Promise((resolve) => setTimeout(resolve, 5));
  response.setHeader('Content-Security-Policy', buildCsp({ nonce }));
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.write(
    `<!DOCTYPE html><html><head><script src="/_next/static/app.js" nonce="${nonce}" async></script>`,
  );
  response.end(
    `</head><body>${STORED_CONTENT}<p>render ${renders} of ${request.url}</p>` +
      `<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`,
  );
};

/** As a browser asks: in a language (without one, next-intl sets its cookie on every page). */
const ask = (path: string, headers: Record<string, string> = {}) =>
  fetch(base + path, { headers: { 'Accept-Language': 'es', ...headers } });

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await ask(path, headers);
  return { response, body: await response.text() };
};

const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];

beforeAll(async () => {
  server = createServer((request, response) => {
    const cache = { store, notifyingTables: () => notifying };
    if (!servePageCache(cache, request, response, render)) void render(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  store.clear();
  renders = 0;
});

describe('page cache', () => {
  it('renders a public page once and serves the copy with a fresh nonce on every script', async () => {
    const first = await get('/es/documents');
    expect(first.response.headers.get('x-page-cache')).toBe('miss');
    const hits = [await get('/es/documents'), await get('/es/documents')];
    expect(renders).toBe(1);
    const nonces = new Set([nonceOf(first.response)]);
    for (const { response, body } of hits) {
      expect(response.headers.get('x-page-cache')).toBe('hit');
      expect(response.headers.get('cache-control')).toMatch(
        /^public, .*s-maxage=\d+, stale-while-revalidate=\d+/,
      );
      const nonce = nonceOf(response)!;
      nonces.add(nonce);
      expect(body).toContain('render 1 of /es/documents');
      const scripts = body.match(/<script\b[^>]*>/g)!;
      expect(scripts).toHaveLength(3);
      // Next's scripts carry this response's nonce, and so does its router's copy of it; the
      // script an editor's text contains gets none.
      expect(scripts.filter((tag) => tag.includes(`nonce="${nonce}"`))).toHaveLength(2);
      expect(body).toContain(STORED_CONTENT);
      expect(body).toContain(`\\"nonce\\":\\"${nonce}\\"`);
    }
    // Two responses never share a nonce.
    expect(nonces.size).toBe(3);
  });

  it('keeps each filtered or paged address apart', async () => {
    await get('/es/documents?page=2');
    const other = await get('/es/documents?page=3');
    expect(other.body).toContain('render 2 of /es/documents?page=3');
    expect((await get('/es/documents?page=2')).body).toContain('render 1 of /es/documents?page=2');
  });

  it('never serves or keeps pages for a signed-in visitor', async () => {
    await get('/es/documents');
    const signedIn = await get('/es/documents', { Cookie: 'next-auth.session-token=abc' });
    expect(signedIn.response.headers.get('x-page-cache')).toBeNull();
    expect(signedIn.body).toContain('render 2');
  });

  it('leaves search, forms and the back office to Next.js', async () => {
    for (const path of ['/es/search?q=informe', '/es/contact', '/es/admin/documents']) {
      await get(path);
      expect((await get(path)).response.headers.get('x-page-cache')).toBeNull();
    }
    expect(renders).toBe(6);
  });

  it('renders again once a table the page read has changed', async () => {
    await get('/es/documents');
    store.invalidate('Document');
    expect((await get('/es/documents')).body).toContain('render 2');
  });

  it('does not keep a page that read a table whose changes are not announced', async () => {
    await get('/es/about?users');
    expect((await get('/es/about?users')).response.headers.get('x-page-cache')).toBe('miss');
  });

  it('gzips a cached page for a browser that accepts it', async () => {
    await get('/es/documents');
    const response = await ask('/es/documents', { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const raw = Buffer.from(await response.arrayBuffer());
    // fetch decodes gzip itself; either way the page is intact.
    const html = raw.toString().startsWith('<!DOCTYPE')
      ? raw.toString()
      : gunzipSync(raw).toString();
    expect(html).toContain('render 1 of /es/documents');
  });
});
