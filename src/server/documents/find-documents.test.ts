import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ZDocumentListQuerySchema } from '@/lib/validation/documents';
import { prisma } from '@/server/db';

import { createTestCountry } from '../../../tests/support/backoffice-fixtures';
import {
  createTestDocument,
  createTestTheme,
  deleteTestRows,
  uniqueTag,
} from '../../../tests/support/library-fixtures';
import { findDocuments } from './find-documents';

const tag = uniqueTag();
let themeId = '';
let countryId = '';
let mechanismId = '';

const query = (params: Record<string, string>) =>
  ZDocumentListQuerySchema.parse({ theme: `${tag}-theme`, ...params });
const slugs = (result: Awaited<ReturnType<typeof findDocuments>>) =>
  result.items.map((item) => item.slug.slice(tag.length + 1));

beforeAll(async () => {
  themeId = (await createTestTheme(`${tag}-theme`)).id;
  const country = await createTestCountry(`${tag}-land`, `Tierra ${tag}`);
  countryId = country.id;
  const mechanism = await prisma.mechanism.create({
    data: { slug: `${tag}-npm`, countryId, level: 'NATIONAL', originalLocale: 'es' },
  });
  mechanismId = mechanism.id;

  const themeIds = [themeId];
  await createTestDocument({
    slug: `${tag}-zeta`,
    themeIds,
    type: 'GUIDE',
    originalLocale: 'es',
    publishedOn: '2021-03-01',
    titles: { es: 'Zeta informe', en: 'Alpha report' },
    countryIds: [countryId],
  });
  await createTestDocument({
    slug: `${tag}-arbol`,
    themeIds,
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2023-06-15',
    titles: { es: 'Árbol de decisiones' },
    mechanismIds: [mechanismId],
  });
  await createTestDocument({
    slug: `${tag}-abeja`,
    themeIds,
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2023-01-10',
    titles: { pt: 'Abelha', es: 'Abeja' },
  });
  await createTestDocument({
    slug: `${tag}-undated`,
    themeIds,
    type: 'LAW',
    originalLocale: 'en',
    publishedOn: null,
    titles: { en: 'Mango law' },
  });
  await createTestDocument({
    slug: `${tag}-beta`,
    themeIds,
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: '2022-12-31',
    titles: { en: 'Beta review', es: 'Revisión beta' },
  });
  await createTestDocument({
    slug: `${tag}-draft`,
    themeIds,
    status: 'DRAFT',
    publishedOn: '2024-01-01',
    titles: { es: 'Borrador' },
    countryIds: [countryId],
  });
});

afterAll(async () => {
  await deleteTestRows(tag, [themeId]);
  await prisma.mechanism.deleteMany({ where: { id: mechanismId } });
  await prisma.country.deleteMany({ where: { id: countryId } });
});

describe('findDocuments', () => {
  it('lists published documents of a theme, newest first and undated last, never drafts', async () => {
    const result = await findDocuments({ locale: 'es', query: query({}) });
    expect(slugs(result)).toEqual(['arbol', 'abeja', 'beta', 'zeta', 'undated']);
    expect(result).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    expect(result.query.theme).toBe(`${tag}-theme`);
  });

  it('combines type, original language and year filters', async () => {
    const reports = await findDocuments({ locale: 'es', query: query({ type: 'REPORT' }) });
    expect(slugs(reports)).toEqual(['arbol', 'abeja', 'beta']);
    const english = await findDocuments({ locale: 'es', query: query({ language: 'en' }) });
    expect(slugs(english)).toEqual(['beta', 'undated']);
    const year = await findDocuments({ locale: 'es', query: query({ year: '2023' }) });
    expect(slugs(year)).toEqual(['arbol', 'abeja']);
    const all = await findDocuments({
      locale: 'es',
      query: query({ type: 'REPORT', year: '2023', language: 'pt' }),
    });
    expect(slugs(all)).toEqual(['abeja']);
  });

  it('filters by country, including documents of the country’s mechanisms, and by mechanism', async () => {
    const country = await findDocuments({ locale: 'es', query: query({ country: `${tag}-land` }) });
    expect(slugs(country)).toEqual(['arbol', 'zeta']);
    const mechanism = await findDocuments({
      locale: 'es',
      query: query({ mechanism: `${tag}-npm` }),
    });
    expect(slugs(mechanism)).toEqual(['arbol']);
    expect(country.facets.countries.map((c) => c.slug)).toContain(`${tag}-land`);
  });

  it('sorts by the title in the visitor’s language, falling back to the original language', async () => {
    // Spanish: "Árbol" sorts with the As (language collation, not byte order); "Mango law"
    // has no Spanish title and sorts by its English original.
    const es = await findDocuments({ locale: 'es', query: query({ sort: 'title' }) });
    expect(es.items.map((item) => item.title)).toEqual([
      'Abeja',
      'Árbol de decisiones',
      'Mango law',
      'Revisión beta',
      'Zeta informe',
    ]);
    const en = await findDocuments({ locale: 'en', query: query({ sort: 'title' }) });
    expect(en.items.map((item) => item.title)).toEqual([
      'Abelha',
      'Alpha report',
      'Árbol de decisiones',
      'Beta review',
      'Mango law',
    ]);
  });

  it('pages through results and returns no items past the last page', async () => {
    const page = (n: number) =>
      findDocuments({ locale: 'es', perPage: 2, query: query({ page: String(n) }) });
    const [first, last, beyond] = await Promise.all([page(1), page(3), page(9)]);
    expect(slugs(first)).toEqual(['arbol', 'abeja']);
    expect(slugs(last)).toEqual(['undated']);
    expect(last).toMatchObject({ total: 5, page: 3, pageCount: 3 });
    expect(beyond).toMatchObject({ items: [], total: 5, page: 9, pageCount: 3 });
  });

  it('ignores bad parameters and unknown slugs instead of failing', async () => {
    const parsed = ZDocumentListQuerySchema.parse({
      theme: `${tag}-theme`,
      page: '-3',
      type: 'foo',
      year: 'abc',
      sort: 'evil',
      language: 'fr',
      country: '../../etc',
    });
    expect(parsed).toEqual({ theme: `${tag}-theme`, page: 1, sort: 'newest' });
    const result = await findDocuments({ locale: 'es', query: parsed });
    expect(result.total).toBe(5);

    const unknown = await findDocuments({
      locale: 'es',
      query: query({ mechanism: `${tag}-nowhere` }),
    });
    expect(unknown.query.mechanism).toBeUndefined();
    expect(unknown.total).toBe(5);
  });
});
