import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { uniqueTag } from '../../../../tests/support/library-fixtures';
import { GET } from './route';

const tag = uniqueTag();
const get = (query: string) => GET(new Request(`http://localhost/api/search?${query}`));

type HighlightedText = { text: string; highlights: [number, number][] };
/** What the route answers: results, or an error message. */
type SearchApiBody = { total: number; items: { title: HighlightedText }[]; error?: string };
const bodyOf = async (response: Response) => (await response.json()) as SearchApiBody;

beforeAll(async () => {
  await prisma.document.create({
    data: {
      slug: `${tag}-report`,
      type: 'REPORT',
      originalLocale: 'pt',
      status: 'PUBLISHED',
      publishedOn: new Date('2024-02-01'),
      translations: {
        create: [{ locale: 'pt', title: `Relatório sobre superlotação ${tag}`, summary: null }],
      },
    },
  });
});

afterAll(async () => {
  await prisma.document.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.thesaurusConcept.deleteMany({ where: { key: tag } });
});

describe('GET /api/search', () => {
  it.each(['-1', '-foo%20-bar', '!!!', '%E2%80%AE', '%F0%9F%98%80', '%22%22', '-%22%22', '%5C'])(
    'answers a query that matches nothing positive (q=%s) with no results, not an error',
    async (q) => {
      const response = await get(`q=${q}&locale=es`);
      expect(response.status).toBe(200);
      expect((await bodyOf(response)).total).toBe(0);
    },
  );

  it('finds the Portuguese report from /en through the thesaurus, in Portuguese', async () => {
    // A concept of this test's own: the shared database has no seeded thesaurus.
    await prisma.thesaurusConcept.create({
      data: {
        key: tag,
        terms: {
          create: [
            { locale: 'pt', term: `superlotação ${tag}` },
            { locale: 'en', term: `overcrowding ${tag}` },
            { locale: 'es', term: `hacinamiento ${tag}` },
          ],
        },
      },
    });
    const response = await get(`q=${tag}%20overcrowding&locale=en`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchApiBody & {
      items: { locale: string; originalLocale: string }[];
      countries: unknown[];
    };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ locale: 'pt', originalLocale: 'pt' });
    const { text, highlights } = body.items[0]!.title;
    expect(highlights.map(([start, end]) => text.slice(start, end))).toContain('superlotação');
    expect(body.countries).toEqual([]);
  });

  it('returns ranked results with highlight ranges as JSON', async () => {
    const response = await get(`q=${tag}%20superlotacao&locale=pt`);
    expect(response.status).toBe(200);
    const body = await bodyOf(response);
    expect(body.total).toBe(1);
    const item = body.items[0]!;
    expect(item).toMatchObject({
      type: 'document',
      href: `/documents/${tag}-report`,
      locale: 'pt',
    });
    expect(item.title.text).toBe(`Relatório sobre superlotação ${tag}`);
    const [start, end] = item.title.highlights[0]!;
    expect(item.title.text.slice(start, end)).toBe('superlotação');
  });

  it.each([
    ['an unknown type', 'q=tortura&type=prison'],
    ['a page that is not a number', 'q=tortura&page=two'],
    ['a page beyond the last one allowed', 'q=tortura&page=100000'],
    ['a year out of range', 'q=tortura&year=1492'],
    ['an unsupported language', 'q=tortura&locale=fr'],
    ['a malformed slug', 'q=tortura&country=Not%20A%20Slug'],
  ])('answers 400 with a message for %s', async (_case, query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).error).toBe('Invalid search parameters');
  });

  it.each([
    ['SQL', `q=${encodeURIComponent('\'; DROP TABLE "SearchEntry"; --')}`],
    ['operators and quotes', `q=${encodeURIComponent('"&|!():*<->')}`],
    ['a very long query', `q=${'tortura%20'.repeat(1000)}`],
    ['no query at all', ''],
  ])('answers 200 for %s', async (_case, query) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(Array.isArray((await bodyOf(response)).items)).toBe(true);
  });
});
