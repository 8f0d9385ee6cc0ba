// The open-data API (/api/v1) through its route handlers, on a real PostgreSQL of its own: lists
// and totals hold exactly the fixture's rows.
import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';
import { CLIENT_ADDRESS_HEADER } from '@/server/security/client-address-header';

import {
  callOpenData,
  loadOpenDataRoutes,
  PUBLISHED_DOCUMENTS,
  seedOpenData,
} from '../../../../tests/support/open-data-fixtures';
import { ownDatabase } from '../../../../tests/support/own-database';

const database = ownDatabase('open_data_api');
let db: PrismaClient;
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
  db = await database.open();
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
      ['countries', 'mechanisms', 'documents', 'events', 'news', 'recommendations'].map((c) =>
        json(`/api/v1/${c}?perPage=100`),
      ),
    );
    const all = everything.flatMap(slugs);
    expect(all).not.toContain('draft-country');
    expect(all).not.toContain('alba-draft-mechanism');
    expect(all).not.toContain('draft-report');
    expect(all).not.toContain('draft-event');
    expect(all).not.toContain('draft-news');
    expect(all).not.toContain('draft-recommendation');
    expect(JSON.stringify(everything)).not.toContain('borrador');
  });

  it.each([
    '/api/v1/countries/draft-country',
    '/api/v1/mechanisms/alba-draft-mechanism',
    '/api/v1/documents/draft-report',
    '/api/v1/events/draft-event',
    '/api/v1/news/draft-news',
    '/api/v1/recommendations/draft-recommendation',
    '/api/v1/themes/no-such-theme',
  ])('answers %s with a 404 problem', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not found' });
  });
});

describe('recommendations', () => {
  const CAT = 'cat-c-alb-co-1-12';
  const IACHR = 'iachr-bor-2024-3';
  const UPR = 'a-hrc-55-1-118-5';

  it('lists published ones, latest first, with citation, source, what they concern and status', async () => {
    const body = await json('/api/v1/recommendations?lang=en');
    expect(slugs(body)).toEqual([CAT, IACHR, UPR]);
    expect(body.meta).toMatchObject({ total: 3, lang: 'en' });
    expect(body.data[0]).toEqual({
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      id: expect.any(String),
      slug: CAT,
      body: 'CAT',
      symbol: 'CAT/C/ALB/CO/1',
      paragraph: '12',
      issuedOn: '2024-05-10',
      uprCycle: null,
      recommendingState: null,
      position: 'UNKNOWN',
      text: 'Guarantee the independence of the national mechanism.',
      languages: { text: 'en' },
      originalLanguage: 'en',
      themes: [{ slug: 'detention', label: 'Detention', language: 'en' }],
      countries: [{ slug: 'alba', label: 'Alba', language: 'es' }],
      mechanisms: [{ slug: 'alba-npm', name: 'Comité Nacional de Alba', language: 'es' }],
      // Neither the draft follow-up nor the draft mechanism's (IMPLEMENTED, later) counts.
      latestStatus: 'PARTIALLY_IMPLEMENTED',
      latestReportedOn: '2025-06-01',
      source: { citation: 'CAT/C/ALB/CO/1 § 12', url: 'https://example.org/cat-c-alb-co-1' },
      links: {
        self: `http://localhost:3000/api/v1/recommendations/${CAT}?lang=en`,
        html: `http://localhost:3000/en/recommendations/${CAT}`,
      },
    });
    expect(body.data[2]).toMatchObject({ uprCycle: 4, recommendingState: 'Boreal' });
  });

  it.each([
    ['country=boreal', [IACHR]],
    ['country=alba&year=2024', [CAT]],
    ['body=UPR', [UPR]],
    ['theme=detention', [CAT]],
    ['mechanism=alba-npm', [CAT]],
    ['status=PARTIALLY_IMPLEMENTED', [CAT]],
    // Only a draft follow-up and a draft mechanism's say IMPLEMENTED.
    ['status=IMPLEMENTED', []],
    ['status=NONE', [IACHR, UPR]],
    ['year=2023', [UPR]],
  ])('applies the pages’ filters: %s', async (filters, expected) => {
    const body = await json(`/api/v1/recommendations?${filters}`);
    expect(slugs(body)).toEqual(expected);
    expect(body.meta.total).toBe(expected.length);
  });

  it('pages with next links that keep the filters', async () => {
    const seen: unknown[] = [];
    let next: string | null = '/api/v1/recommendations?country=alba&perPage=1';
    while (next) {
      const body = await json(next);
      expect(body.meta).toMatchObject({ total: 2, perPage: 1 });
      seen.push(...slugs(body));
      next = body.links.next;
      if (next) expect(new URL(next).searchParams.get('country')).toBe('alba');
    }
    expect(seen).toEqual([CAT, UPR]);
    expect(slugs(await json('/api/v1/recommendations?page=9'))).toEqual([]);
  });

  it('gives the text in the requested language, else the original one, and says which', async () => {
    const es = await json('/api/v1/recommendations?lang=es');
    expect(es.data[0]).toMatchObject({
      text: 'Garantizar la independencia del mecanismo nacional.',
      languages: { text: 'es' },
      themes: [{ label: 'Detención', language: 'es' }],
    });
    const en = await json(`/api/v1/recommendations?lang=en&body=UPR`);
    expect(en.data[0]).toMatchObject({
      text: 'Ratificar o protocolo facultativo.',
      languages: { text: 'pt' },
      originalLanguage: 'pt',
    });
  });

  it('gives one with its published follow-ups, latest first, by slug or by id', async () => {
    const { data } = await json(`/api/v1/recommendations/${CAT}?lang=es`);
    expect(data).toMatchObject({
      slug: CAT,
      text: 'Garantizar la independencia del mecanismo nacional.',
      languages: { text: 'es' },
      originalText: 'Guarantee the independence of the national mechanism.',
      latestStatus: 'PARTIALLY_IMPLEMENTED',
      source: { citation: 'CAT/C/ALB/CO/1 § 12' },
    });
    expect(data.followUps).toEqual([
      {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
        id: expect.any(String),
        reportedOn: '2025-06-01',
        status: 'PARTIALLY_IMPLEMENTED',
        mechanism: { slug: 'alba-npm', name: 'Comité Nacional de Alba', language: 'es' },
        // No Spanish text: the follow-up's original language.
        text: 'The law was passed; its budget is pending.',
        languages: { text: 'en' },
        originalLanguage: 'en',
        evidenceUrl: null,
        evidenceFile: null,
      },
      expect.objectContaining({ reportedOn: '2025-01-10', status: 'IN_PROGRESS' }),
    ]);
    expect(JSON.stringify(data)).not.toContain('borrador');
    const byId = await json(`/api/v1/recommendations/${String(data.id)}?lang=es`);
    expect(byId.data).toEqual(data);
  });

  it('answers a draft’s id with a 404 problem', async () => {
    const draft = await db.recommendation.findUniqueOrThrow({
      where: { slug: 'draft-recommendation' },
    });
    const response = await get(`/api/v1/recommendations/${draft.id}`);
    expect(response.status).toBe(404);
  });

  it('answers 304 while nothing changed, and moves Last-Modified when a follow-up is published', async () => {
    const path = `/api/v1/recommendations/${IACHR}`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect((await get(path, { 'If-None-Match': etag })).status).toBe(304);
    expect((await get(path, { 'If-Modified-Since': lastModified })).status).toBe(304);

    const recommendation = await db.recommendation.findUniqueOrThrow({ where: { slug: IACHR } });
    const npm = await db.mechanism.findUniqueOrThrow({ where: { slug: 'alba-npm' } });
    const followUp = await db.recommendationFollowUp.create({
      data: {
        recommendationId: recommendation.id,
        mechanismId: npm.id,
        reportedOn: new Date('2026-02-01T00:00:00Z'),
        implementation: 'IN_PROGRESS',
        originalLocale: 'es',
        status: 'PUBLISHED',
        createdAt: new Date(Date.parse(lastModified) + 2000),
      },
    });
    try {
      const changed = await get(path, { 'If-Modified-Since': lastModified });
      expect(changed.status).toBe(200);
      expect((await changed.json()) as Body).toMatchObject({
        data: { latestStatus: 'IN_PROGRESS' },
      });
      expect((await get(path, { 'If-None-Match': etag })).status).toBe(200);
    } finally {
      await db.recommendationFollowUp.delete({ where: { id: followUp.id } });
    }
  });

  it('refuses invalid filters with a problem naming each one', async () => {
    const response = await get('/api/v1/recommendations?body=UN&status=DONE&year=20');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { parameter: string }[] };
    expect(problem.errors.map((e) => e.parameter).sort()).toEqual(['body', 'status', 'year']);
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

  it('gives a country’s filtered recommendations as CSV with stable columns and permalinks', async () => {
    const response = await download('recommendations.csv', '?country=alba&lang=en');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="prevenir-recommendations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(header).toBe(
      'id,slug,body,symbol,paragraph,citation,issued_on,upr_cycle,recommending_state,position,text,text_language,original_language,theme_slugs,themes,country_slugs,countries,mechanism_slugs,mechanisms,latest_status,latest_reported_on,source_url,url,api_url',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.replace(/^[a-z0-9]+,/, '')).toBe(
      'cat-c-alb-co-1-12,CAT,CAT/C/ALB/CO/1,12,CAT/C/ALB/CO/1 § 12,2024-05-10,,,UNKNOWN,Guarantee the independence of the national mechanism.,en,en,detention,Detention,alba,Alba,alba-npm,Comité Nacional de Alba,PARTIALLY_IMPLEMENTED,2025-06-01,https://example.org/cat-c-alb-co-1,http://localhost:3000/en/recommendations/cat-c-alb-co-1-12,http://localhost:3000/api/v1/recommendations/cat-c-alb-co-1-12?lang=en',
    );
    expect(rows[1]).toContain(',a-hrc-55-1-118-5,UPR,A/HRC/55/1,118.5,');
  });

  it('gives the recommendations as JSON exactly as the API pages give them', async () => {
    const exported = (await (
      await download('recommendations.json', '?lang=pt')
    ).json()) as unknown[];
    const paged = [];
    for (const page of [1, 2, 3]) {
      paged.push(...(await json(`/api/v1/recommendations?lang=pt&perPage=1&page=${page}`)).data);
    }
    expect(exported).toHaveLength(3);
    expect(exported).toEqual(paged);
  });

  it.each([
    'countries.csv',
    'mechanisms.csv',
    'events.csv',
    'countries.json',
    'recommendations.csv',
    'recommendations.json',
  ])('exports %s without drafts', async (file) => {
    const text = await (await download(file)).text();
    expect(text).toContain(file.startsWith('events') ? 'future-forum' : 'alba');
    expect(text).not.toMatch(/draft|borrador/i);
  });

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
    expect((await download('recommendations.csv', '?status=DONE')).status).toBe(400);
  });
});
