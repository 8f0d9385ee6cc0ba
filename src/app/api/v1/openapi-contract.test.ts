// Contract test: real answers of every endpoint, checked against the OpenAPI document the API
// publishes at /api/v1/openapi.json (JSON Schema 2020-12, as OpenAPI 3.1 uses).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  callOpenData,
  loadOpenDataRoutes,
  seedOpenData,
} from '../../../../tests/support/open-data-fixtures';
import { ownDatabase } from '../../../../tests/support/own-database';

const database = ownDatabase('openapi_contract');
type OpenApi = {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, unknown> } }>;
};

let openapi: OpenApi;
let ajv: Ajv2020;
let routes: Awaited<ReturnType<typeof loadOpenDataRoutes>>;

// One real item of each collection (see tests/support/open-data-fixtures.ts).
const EXAMPLES: Record<string, string> = {
  countries: 'alba',
  mechanisms: 'alba-npm',
  documents: 'report-02',
  events: 'future-forum',
  news: 'alba-news',
  recommendations: 'cat-c-alb-co-1-12',
  themes: 'detention',
};

const call = (collection: string, slug?: string, query = '') =>
  callOpenData(routes, `/api/v1/${collection}${slug ? `/${slug}` : ''}${query}`);

const pointer = (...parts: string[]) =>
  `openapi.json#/${parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/** Checks a response against what the document declares for its path and status. */
const expectConforms = async (openApiPath: string, response: Response) => {
  const status = String(response.status);
  const declared = openapi.paths[openApiPath]?.get.responses[status];
  expect(declared, `${openApiPath} ${status} is documented`).toBeDefined();
  const mediaType = response.headers.get('content-type')!.split(';')[0]!;
  const validate = ajv.compile({
    $ref: pointer('paths', openApiPath, 'get', 'responses', status, 'content', mediaType, 'schema'),
  });
  const body: unknown = await response.json();
  expect(validate(body), `${openApiPath} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
};

beforeAll(async () => {
  const db = await database.open();
  await seedOpenData(db);
  routes = await loadOpenDataRoutes();
  const { GET } = await import('./openapi.json/route');
  openapi = (await GET().json()) as OpenApi;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(openapi, 'openapi.json');
}, 60_000);

afterAll(() => database.close());

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes every collection, list and detail', () => {
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths).sort()).toEqual(
      [...Object.keys(EXAMPLES).flatMap((c) => [`/${c}`, `/${c}/{slug}`]), '/download'].sort(),
    );
  });

  it('describes the full download, whose 404 before any build conforms', async () => {
    const { GET } = await import('./download/route');
    const response = await GET(new Request('http://localhost/api/v1/download'));
    expect(response.status).toBe(404);
    await expectConforms('/download', response);
    expect(openapi.paths['/download']?.get.responses['200']).toMatchObject({
      content: { 'application/zip': {} },
    });
  });

  it('rejects an answer that breaks it (the check is not vacuous)', async () => {
    const body = (await (await call('countries')).json()) as { data: Record<string, unknown>[] };
    delete body.data[0]!.name;
    const validate = ajv.compile({
      $ref: pointer(
        'paths',
        '/countries',
        'get',
        'responses',
        '200',
        'content',
        'application/json',
        'schema',
      ),
    });
    expect(validate(body)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toContain('name');
  });

  describe.each(Object.entries(EXAMPLES))('%s', (collection, slug) => {
    it('matches the list answers in every language', async () => {
      for (const lang of ['es', 'pt', 'en']) {
        const response = await call(collection, undefined, `?lang=${lang}&perPage=5`);
        expect(response.status).toBe(200);
        await expectConforms(`/${collection}`, response);
      }
    });

    it('matches the detail answer', async () => {
      const response = await call(collection, slug, '?lang=en');
      expect(response.status).toBe(200);
      await expectConforms(`/${collection}/{slug}`, response);
    });

    it('matches its problems (400, 404)', async () => {
      await expectConforms(`/${collection}`, await call(collection, undefined, '?page=-1'));
      await expectConforms(`/${collection}/{slug}`, await call(collection, 'no-such-item'));
    });
  });
});
