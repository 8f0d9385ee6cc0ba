// The open-data API (/api/v1) through its route handlers, on a real PostgreSQL of its own: lists
// and totals hold exactly the fixture's rows.
import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CLIENT_ADDRESS_HEADER } from '@/server/security/client-address-header';

import {
  callOpenData,
  loadOpenDataRoutes,
  PUBLISHED_DOCUMENTS,
  seedOpenData,
} from '../../../../tests/support/open-data-fixtures';
import { ownDatabase } from '../../../../tests/support/own-database';

const database = ownDatabase('open_data_api');
let routes: Awaited<ReturnType<typeof loadOpenDataRoutes>>;
let exportRoute: (typeof import('./exports/[file]/route'))['GET'];
let apiPerClient: (typeof import('@/server/auth/rate-limits'))['rateLimits']['apiPerClient'];

// Each test file's client address, so the rate limit counts its requests alone.
const ip = `2001:db8::${randomBytes(2).toString('hex')}`;

const get = (path: string, headers: Record<string, string> = {}) =>
  callOpenData(routes, path, { [CLIENT_ADDRESS_HEADER]: ip, ...headers });

type Body = {
  data: Record<string, unknown> & Record<string, unknown>[];
  meta: Record<string, unknown>;
  links: { self: string; next: string | null };
};
const json = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
};
const slugs = (body: Body) => body.data.map((item) => item.slug);

beforeAll(async () => {
  const db = await database.open();
  await seedOpenData(db);
  routes = await loadOpenDataRoutes();
  exportRoute = (await import('./exports/[file]/route')).GET;
  apiPerClient = (await import('@/server/auth/rate-limits')).rateLimits.apiPerClient;
}, 60_000);

afterAll(() => database.close());

describe('lists', () => {
  it('lists published countries with treaty status, NPM deadline and sources', async () => {
    const body = await json('/api/v1/countries');
    expect(slugs(body)).toEqual(['alba', 'boreal']);
    const [alba] = body.data;
    expect(alba).toMatchObject({
      name: 'Alba',
      languages: { name: 'es' },
      opcat: { status: 'PARTY', by: 'RATIFICATION', ratifiedOn: '2005-06-01' },
      // A year after OPCAT entered into force (22 June 2006), as the ratification came before.
      npmDeadline: { kind: 'date', date: '2007-06-22', postponed: false },
      nationalMechanism: { slug: 'alba-npm', name: 'Comité Nacional de Alba' },
      citations: [
        {
          fact: 'opcatRatified',
          verifiedOn: '2026-01-15',
          sources: [
            { title: 'UN Treaty Collection: OPCAT', url: 'https://treaties.un.org/example' },
          ],
        },
      ],
    });
    expect(body.meta).toMatchObject({ total: 2, lang: 'es', licence: 'CC-BY-4.0' });
  });

  it('applies the pages’ filters', async () => {
    expect(slugs(await json('/api/v1/mechanisms?country=alba'))).toEqual(['alba-npm']);
    expect(slugs(await json('/api/v1/mechanisms?level=LOCAL'))).toEqual([]);
    const laws = await json('/api/v1/documents?type=LAW&perPage=100');
    expect(slugs(laws)).toEqual(['report-25', 'report-20', 'report-15', 'report-10', 'report-05']);
    expect(slugs(await json('/api/v1/documents?mechanism=alba-npm'))).toEqual(['report-02']);
    expect(slugs(await json('/api/v1/documents?theme=detention&sort=title'))).toEqual([
      'report-02',
      'report-03',
      'report-01',
    ]);
    expect(slugs(await json('/api/v1/events?kind=WORKSHOP'))).toEqual(['past-workshop']);
    expect(slugs(await json('/api/v1/news?theme=detention'))).toEqual(['alba-news']);
  });

  it('pages through a list with next links, in a stable order, without gaps or repeats', async () => {
    const seen: unknown[] = [];
    let next: string | null = '/api/v1/documents?perPage=10&lang=en';
    let pages = 0;
    while (next) {
      const body = await json(next);
      expect(body.meta).toMatchObject({ perPage: 10, total: PUBLISHED_DOCUMENTS, lang: 'en' });
      seen.push(...slugs(body));
      next = body.links.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(PUBLISHED_DOCUMENTS);
    expect(seen.slice(0, 3)).toEqual(['report-25', 'report-24', 'report-23']);
  });

  it('gives each text in the requested language, else the original one, and says which', async () => {
    const body = await json('/api/v1/documents?perPage=100&lang=en');
    const byslug = new Map(body.data.map((item) => [item.slug, item]));
    expect(byslug.get('report-02')).toMatchObject({
      title: 'Report 02',
      languages: { title: 'en' },
    });
    expect(byslug.get('report-01')).toMatchObject({
      title: 'Relatório em português',
      languages: { title: 'pt' },
      originalLanguage: 'pt',
    });
    const country = await json('/api/v1/countries/alba?lang=pt');
    expect(country.data).toMatchObject({ name: 'Alva', languages: { name: 'pt' } });
    const theme = await json('/api/v1/themes/detention?lang=pt');
    expect(theme.data).toMatchObject({ label: 'Detención', languages: { label: 'es' } });
  });
});

describe('drafts', () => {
  it('never lists a draft', async () => {
    const everything = await Promise.all(
      ['countries', 'mechanisms', 'documents', 'events', 'news'].map((c) =>
        json(`/api/v1/${c}?perPage=100`),
      ),
    );
    const all = everything.flatMap(slugs);
    expect(all).not.toContain('draft-country');
    expect(all).not.toContain('alba-draft-mechanism');
    expect(all).not.toContain('draft-report');
    expect(all).not.toContain('draft-event');
    expect(all).not.toContain('draft-news');
    expect(JSON.stringify(everything)).not.toContain('borrador');
  });

  it.each([
    '/api/v1/countries/draft-country',
    '/api/v1/mechanisms/alba-draft-mechanism',
    '/api/v1/documents/draft-report',
    '/api/v1/events/draft-event',
    '/api/v1/news/draft-news',
    '/api/v1/themes/no-such-theme',
  ])('answers %s with a 404 problem', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not found' });
  });
});

describe('HTTP', () => {
  it('answers 304 to a client whose copy is current', async () => {
    const first = await get('/api/v1/documents/report-02');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();

    const byTag = await get('/api/v1/documents/report-02', { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    const byDate = await get('/api/v1/documents/report-02', { 'If-Modified-Since': lastModified });
    expect(byDate.status).toBe(304);
    // Another language is another answer.
    const otherLang = await get('/api/v1/documents/report-02?lang=en', { 'If-None-Match': etag });
    expect(otherLang.status).toBe(200);
  });

  it('refuses invalid parameters with a problem naming each one', async () => {
    const response = await get('/api/v1/documents?page=0&lang=fr&type=NOVEL');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { parameter: string }[] };
    expect(problem.errors.map((e) => e.parameter).sort()).toEqual(['lang', 'page', 'type']);
  });

  it('lets any origin read it (CORS)', async () => {
    const response = await get('/api/v1/countries');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('slows a client down past its limit, with Retry-After', async () => {
    const limited = `2001:db8::${randomBytes(2).toString('hex')}:1`;
    // The client has spent its minute's requests already.
    await apiPerClient.penalty(limited, 10_000);
    const response = await get('/api/v1/countries', { [CLIENT_ADDRESS_HEADER]: limited });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ status: 429, title: 'Too many requests' });
    // Other clients are not affected.
    expect((await get('/api/v1/countries')).status).toBe(200);
  });
});

describe('exports', () => {
  const download = (file: string, query = '') =>
    exportRoute(
      new Request(`http://localhost/api/v1/exports/${file}${query}`, {
        headers: { [CLIENT_ADDRESS_HEADER]: ip },
      }),
      { params: Promise.resolve({ file }) },
    );

  it('gives the filtered library as CSV with a BOM, stable columns and permalinks', async () => {
    const response = await download('documents.csv', '?type=LAW&lang=en');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="prevenir-documents-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'slug,type,title,title_language,summary,original_language,published_on,date_precision,updated_at,url,api_url',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'report-25',
      'report-20',
      'report-15',
      'report-10',
      'report-05',
    ]);
    expect(lines[1]).toContain(',Report 25,en,');
    expect(lines[1]).toContain('http://localhost:3000/en/documents/report-25');
  });

  it('gives as JSON exactly what the API pages give, all pages together', async () => {
    const exported = (await (await download('documents.json', '?lang=pt')).json()) as unknown[];
    const paged = [];
    for (const page of [1, 2, 3]) {
      paged.push(...(await json(`/api/v1/documents?lang=pt&perPage=10&page=${page}`)).data);
    }
    expect(exported).toHaveLength(PUBLISHED_DOCUMENTS);
    expect(exported).toEqual(paged);
  });

  it.each(['countries.csv', 'mechanisms.csv', 'events.csv', 'countries.json'])(
    'exports %s without drafts',
    async (file) => {
      const text = await (await download(file)).text();
      expect(text).toContain(file.startsWith('events') ? 'future-forum' : 'alba');
      expect(text).not.toMatch(/draft|borrador/i);
    },
  );

  it('exports the search results of a query, without drafts', async () => {
    const text = await (await download('search.csv', '?q=informe&type=document')).text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('type,subtype,title,title_language,language,snippet,date,countries,url');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith('document,'))).toBe(true);
    expect(text).toContain('http://localhost:3000/es/documents/report-02');
    expect(text).not.toContain('draft-report');
  });

  it('refuses an unknown export or invalid filters', async () => {
    expect((await download('users.csv')).status).toBe(404);
    expect((await download('documents.xlsx')).status).toBe(404);
    expect((await download('documents.csv', '?type=NOVEL')).status).toBe(400);
  });
});
