import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  childOf,
  entrySlugs,
  feedRoute,
  readAtomFeed,
} from '../../../../../../tests/support/atom-checks';
import { uniqueTag } from '../../../../../../tests/support/library-fixtures';

// Links must come from SITE_URL, never from the request's host: set before src/env.ts loads.
vi.hoisted(() => {
  process.env.SITE_URL = 'https://prevenir.example.org';
});

const { prisma } = await import('@/server/db');
const { GET } = await import('./route');

const SITE = 'https://prevenir.example.org';
const tag = uniqueTag();
const themeSlug = `${tag}-theme`;
const slug = (name: string) => `${tag}-${name}`;

const { get, feedOf } = feedRoute(GET, '/documents/feed.xml');

beforeAll(async () => {
  const theme = await prisma.theme.create({
    data: {
      slug: themeSlug,
      translations: {
        create: [
          { locale: 'es', label: `Tema ${tag}` },
          { locale: 'en', label: `Theme ${tag}` },
        ],
      },
    },
  });
  const document = (
    name: string,
    data: {
      type: 'REPORT' | 'LAW' | 'GUIDE';
      originalLocale: 'es' | 'pt' | 'en';
      publishedOn: string | null;
      translations: { locale: 'es' | 'pt' | 'en'; title: string; summary?: string }[];
      status?: 'DRAFT' | 'PUBLISHED';
      inTheme?: boolean;
    },
  ) =>
    prisma.document.create({
      data: {
        slug: slug(name),
        type: data.type,
        originalLocale: data.originalLocale,
        status: data.status ?? 'PUBLISHED',
        publishedOn: data.publishedOn ? new Date(`${data.publishedOn}T00:00:00Z`) : null,
        translations: { create: data.translations },
        themes: data.inTheme === false ? undefined : { connect: { id: theme.id } },
      },
    });
  await document('report', {
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2021-03-04',
    translations: [
      { locale: 'es', title: 'Informe anual <2021>', summary: 'Visitas & recomendaciones.' },
      { locale: 'en', title: 'Annual report <2021>', summary: 'Visits & recommendations.' },
    ],
  });
  await document('law', {
    type: 'LAW',
    originalLocale: 'pt',
    publishedOn: '2019-05-06',
    translations: [{ locale: 'pt', title: 'Lei do mecanismo', summary: 'Cria o mecanismo.' }],
  });
  await document('guide', {
    type: 'GUIDE',
    originalLocale: 'en',
    publishedOn: null,
    translations: [{ locale: 'en', title: 'Monitoring guide' }],
  });
  await document('draft', {
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2022-01-01',
    status: 'DRAFT',
    translations: [{ locale: 'es', title: 'Borrador' }],
  });
  await document('elsewhere', {
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2022-01-01',
    inTheme: false,
    translations: [{ locale: 'es', title: 'Fuera del tema' }],
  });
});

afterAll(async () => {
  await prisma.document.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.theme.deleteMany({ where: { slug: themeSlug } });
});

describe('GET /[locale]/documents/feed.xml', () => {
  it('serves the filtered library as Atom, newest first, with absolute links from SITE_URL', async () => {
    const response = await get('es', `?theme=${themeSlug}`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { feed, entries } = readAtomFeed(await response.text());

    expect(feed.language).toBe('es');
    expect(feed.title).toBe(`Biblioteca de buenas prácticas (Tema: Tema ${tag}) – Prevenir`);
    expect(feed.url).toBe(`${SITE}/es/documents?theme=${themeSlug}`);
    expect(feed.self).toBe(`${SITE}/es/documents/feed.xml?theme=${themeSlug}`);
    // Published documents of the theme only: no draft, nothing outside the filter.
    expect(entrySlugs({ feed })).toEqual([slug('report'), slug('law'), slug('guide')]);

    const rows = await prisma.document.findMany({
      where: { slug: { startsWith: tag } },
      select: { slug: true, updatedAt: true },
    });
    const updatedAt = new Map(rows.map((row) => [row.slug, row.updatedAt]));
    const [report, law, guide] = feed.items;
    expect(report).toMatchObject({
      id: `tag:prevenir.example.org,2026:es/documents/${slug('report')}`,
      url: `${SITE}/es/documents/${slug('report')}`,
      title: 'Informe anual <2021>',
      // HTML, entities decoded by the parser.
      description: '<p>Visitas & recomendaciones.</p>',
      published: new Date('2021-03-04T00:00:00Z'),
      updated: updatedAt.get(slug('report')),
    });
    expect(report!.categories).toEqual([{ term: 'REPORT', label: 'Informe' }]);
    expect(law).toMatchObject({
      title: 'Lei do mecanismo',
      published: new Date('2019-05-06T00:00:00Z'),
    });
    expect(guide).toMatchObject({ title: 'Monitoring guide', published: null });
    expect(guide!.updated).toEqual(updatedAt.get(slug('guide')));
    const latest = Math.max(
      ...rows.filter((r) => !/draft|elsewhere/.test(r.slug)).map((r) => +r.updatedAt),
    );
    expect(feed.updated).toEqual(new Date(latest));

    // Shown in Spanish, or in the original language where Spanish is missing, marked as such.
    const langs = entries.map((entry) => childOf(entry, 'title')!.lang);
    expect(langs).toEqual(['es', 'pt', 'en']);
    expect(childOf(entries[1]!, 'summary')!.attributes['xml:lang']).toBe('pt');
  });

  it('speaks the visitor’s language and applies every filter of the library', async () => {
    const law = await feedOf('en', `?theme=${themeSlug}&type=LAW`);
    expect(law.feed.language).toBe('en');
    expect(law.feed.title).toBe(
      `Good-practice library (Theme: Theme ${tag}, Document type: Law) – Prevenir`,
    );
    expect(law.feed.self).toBe(`${SITE}/en/documents/feed.xml?theme=${themeSlug}&type=LAW`);
    expect(entrySlugs(law)).toEqual([slug('law')]);
    expect(law.feed.items[0]!.url).toBe(`${SITE}/en/documents/${slug('law')}`);
    expect(law.feed.items[0]!.categories).toEqual([{ term: 'LAW', label: 'Law' }]);

    const report = await feedOf('pt', `?theme=${themeSlug}&year=2021&language=es`);
    expect(entrySlugs(report)).toEqual([slug('report')]);
    // No Portuguese translation: the original Spanish, marked.
    expect(report.feed.items[0]!.title).toBe('Informe anual <2021>');
    expect(childOf(report.entries[0]!, 'title')!.attributes['xml:lang']).toBe('es');
    expect(report.feed.title).toMatch(/^Biblioteca de boas práticas \(/);
  });

  it('ignores the page and sort order, and drops invalid filters instead of failing', async () => {
    const paged = await feedOf('es', `?theme=${themeSlug}&page=2&sort=title`);
    expect(entrySlugs(paged)).toEqual([slug('report'), slug('law'), slug('guide')]);
    expect(paged.feed.self).toBe(`${SITE}/es/documents/feed.xml?theme=${themeSlug}`);

    const bad = await feedOf(
      'es',
      `?theme=${themeSlug}&theme=other&type=EVIL&year=abc&language=fr&page=-1&sort=%00`,
    );
    expect(entrySlugs(bad)).toEqual([slug('report'), slug('law'), slug('guide')]);

    // A theme that does not exist is dropped like on the library page: the unfiltered feed.
    const unknown = await feedOf('es', `?theme=${tag}-nothing&type=${'x'.repeat(10_000)}`);
    expect(unknown.feed.self).toBe(`${SITE}/es/documents/feed.xml`);
    expect(unknown.feed.items.length).toBeGreaterThan(0);
    expect(entrySlugs(unknown)).not.toContain(slug('draft'));
  });

  it('never lists a document once it is unpublished', async () => {
    await prisma.document.update({ where: { slug: slug('law') }, data: { status: 'DRAFT' } });
    try {
      expect(entrySlugs(await feedOf('en', `?theme=${themeSlug}`))).toEqual([
        slug('report'),
        slug('guide'),
      ]);
    } finally {
      await prisma.document.update({ where: { slug: slug('law') }, data: { status: 'PUBLISHED' } });
    }
  });

  it('answers 404 for a path whose language is not one of the site’s', async () => {
    const response = await get('fr', `?theme=${themeSlug}`);
    expect(response.status).toBe(404);
  });
});
