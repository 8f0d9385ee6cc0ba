import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  childOf,
  entrySlugs,
  feedRoute,
  readAtomFeed,
} from '../../../../../../tests/support/atom-checks';
import {
  createTestCountry,
  createTestMechanism,
  uniqueTag,
} from '../../../../../../tests/support/backoffice-fixtures';

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
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let countrySlug = '';
let mechanismSlug = '';

const { get, feedOf } = feedRoute(GET, '/news/feed.xml');

type Text = { locale: 'es' | 'pt' | 'en'; title: string; summary?: string };

beforeAll(async () => {
  const country = await createTestCountry(slug('pais'));
  const mechanism = await createTestMechanism(country.id, slug('mnp'));
  countrySlug = country.slug;
  mechanismSlug = mechanism.slug;
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
  const news = (
    name: string,
    data: {
      on: string;
      originalLocale?: 'es' | 'pt' | 'en';
      status?: 'DRAFT' | 'PUBLISHED';
      texts: Text[];
      viaMechanism?: boolean;
    },
  ) =>
    prisma.news.create({
      data: {
        slug: slug(name),
        originalLocale: data.originalLocale ?? 'es',
        publishedOn: day(data.on),
        status: data.status ?? 'PUBLISHED',
        translations: { create: data.texts },
        themes: { connect: { id: theme.id } },
        // News about the country: linked to it, or only to its mechanism (as /news counts it).
        ...(data.viaMechanism
          ? { mechanisms: { connect: { id: mechanism.id } } }
          : { countries: { connect: { id: country.id } } }),
      },
    });
  await news('visita', {
    on: '2025-06-10',
    texts: [
      { locale: 'es', title: 'Visita <sin aviso>', summary: 'El MNP visitó & recomendó.' },
      { locale: 'en', title: 'Unannounced <visit>', summary: 'The NPM visited & advised.' },
    ],
  });
  await news('informe', {
    on: '2025-03-02',
    originalLocale: 'pt',
    viaMechanism: true,
    texts: [{ locale: 'pt', title: 'Relatório anual do MNP', summary: 'Resumo em português.' }],
  });
  await news('antigua', {
    on: '2023-11-20',
    texts: [{ locale: 'es', title: 'Taller de 2023' }],
  });
  // Never in a feed: a draft, newer than all the others and in the same country and theme.
  await news('borrador', {
    on: '2026-01-05',
    status: 'DRAFT',
    texts: [
      { locale: 'es', title: 'Borrador secreto', summary: 'Todavía no.' },
      { locale: 'en', title: 'Secret draft' },
    ],
  });
});

afterAll(async () => {
  await prisma.news.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.theme.deleteMany({ where: { slug: themeSlug } });
  await prisma.mechanism.deleteMany({ where: { slug: mechanismSlug } });
  await prisma.country.deleteMany({ where: { slug: countrySlug } });
});

describe('GET /[locale]/news/feed.xml', () => {
  it('serves the published news of the filter as Atom, latest first, links from SITE_URL', async () => {
    const response = await get('en', `?theme=${themeSlug}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const xml = await response.text();
    const { feed, entries } = readAtomFeed(xml);

    expect(feed.language).toBe('en');
    expect(feed.title).toBe(`News (Theme: Theme ${tag}) – Prevenir`);
    expect(feed.url).toBe(`${SITE}/en/news?theme=${themeSlug}`);
    expect(feed.self).toBe(`${SITE}/en/news/feed.xml?theme=${themeSlug}`);
    // Published only: the draft, though the newest, is nowhere in the file.
    expect(entrySlugs({ feed })).toEqual([slug('visita'), slug('informe'), slug('antigua')]);
    expect(xml).not.toContain(slug('borrador'));
    expect(xml).not.toContain('Secret draft');

    const rows = await prisma.news.findMany({
      where: { slug: { startsWith: tag }, status: 'PUBLISHED' },
      select: { slug: true, updatedAt: true },
    });
    const updatedAt = new Map(rows.map((row) => [row.slug, row.updatedAt]));
    expect(feed.items[0]).toMatchObject({
      id: `tag:prevenir.example.org,2026:en/news/${slug('visita')}`,
      url: `${SITE}/en/news/${slug('visita')}`,
      title: 'Unannounced <visit>',
      description: '<p>The NPM visited & advised.</p>',
      published: day('2025-06-10'),
      updated: updatedAt.get(slug('visita')),
    });
    expect(feed.updated).toEqual(new Date(Math.max(...rows.map((row) => +row.updatedAt))));

    // English where it exists; otherwise the item's original language, marked as such.
    expect(entries.map((entry) => childOf(entry, 'title')!.lang)).toEqual(['en', 'pt', 'es']);
    expect(feed.items[1]).toMatchObject({
      title: 'Relatório anual do MNP',
      description: '<p>Resumo em português.</p>',
    });
    expect(childOf(entries[1]!, 'summary')!.attributes['xml:lang']).toBe('pt');
    expect(childOf(entries[0]!, 'title')!.attributes['xml:lang']).toBeUndefined();
    expect(feed.items[2]).toMatchObject({ title: 'Taller de 2023', description: null });
  });

  it('speaks the reader’s language, with the Spanish text where the item has one', async () => {
    const { feed, entries } = await feedOf('pt', `?theme=${themeSlug}`);
    expect(feed.language).toBe('pt');
    expect(feed.title).toBe(`Notícias (Tema: Tema ${tag}) – Prevenir`);
    expect(feed.items.map((item) => item.url)).toEqual([
      `${SITE}/pt/news/${slug('visita')}`,
      `${SITE}/pt/news/${slug('informe')}`,
      `${SITE}/pt/news/${slug('antigua')}`,
    ]);
    // No Portuguese text: the original Spanish, not the English translation.
    expect(feed.items[0]!.title).toBe('Visita <sin aviso>');
    expect(childOf(entries[0]!, 'title')!.attributes['xml:lang']).toBe('es');
    // Written in Portuguese: nothing to mark.
    expect(childOf(entries[1]!, 'title')!.attributes['xml:lang']).toBeUndefined();
    // The entry ids differ per language, so a reader subscribed to two feeds keeps both.
    expect(feed.items[0]!.id).toBe(`tag:prevenir.example.org,2026:pt/news/${slug('visita')}`);
  });

  it('applies the /news filters: country (with its mechanisms’ news), mechanism and year', async () => {
    const byCountry = await feedOf('es', `?country=${countrySlug}`);
    expect(entrySlugs(byCountry)).toEqual([slug('visita'), slug('informe'), slug('antigua')]);
    expect(byCountry.feed.title).toBe(`Noticias (País: País ${slug('pais')}) – Prevenir`);

    const byMechanism = await feedOf('es', `?mechanism=${mechanismSlug}`);
    expect(entrySlugs(byMechanism)).toEqual([slug('informe')]);

    const of2023 = await feedOf('es', `?year=2023&theme=${themeSlug}&country=${countrySlug}`);
    expect(entrySlugs(of2023)).toEqual([slug('antigua')]);
    // The filters in the page's fixed order, whatever the visitor's URL had.
    expect(of2023.feed.self).toBe(
      `${SITE}/es/news/feed.xml?country=${countrySlug}&theme=${themeSlug}&year=2023`,
    );
    expect(of2023.feed.url).toBe(
      `${SITE}/es/news?country=${countrySlug}&theme=${themeSlug}&year=2023`,
    );
  });

  it('ignores the page and drops invalid filters instead of failing', async () => {
    const paged = await feedOf('es', `?theme=${themeSlug}&page=2`);
    expect(entrySlugs(paged)).toEqual([slug('visita'), slug('informe'), slug('antigua')]);
    expect(paged.feed.self).toBe(`${SITE}/es/news/feed.xml?theme=${themeSlug}`);

    const bad = await feedOf(
      'es',
      `?theme=${themeSlug}&theme=other&year=abc&mechanism=%3Cscript%3E&page=-1&page=%00`,
    );
    expect(entrySlugs(bad)).toEqual([slug('visita'), slug('informe'), slug('antigua')]);
    expect(bad.feed.self).toBe(`${SITE}/es/news/feed.xml?theme=${themeSlug}`);

    // A theme without published news is dropped like on /news: the unfiltered feed, still no draft.
    const unknown = await feedOf('es', `?theme=${tag}-nothing&country=${'a'.repeat(5000)}`);
    expect(unknown.feed.self).toBe(`${SITE}/es/news/feed.xml`);
    expect(unknown.feed.items.length).toBeGreaterThan(0);
    expect(entrySlugs(unknown)).not.toContain(slug('borrador'));
  });

  it('drops an item as soon as it is unpublished', async () => {
    await prisma.news.update({ where: { slug: slug('informe') }, data: { status: 'DRAFT' } });
    try {
      expect(entrySlugs(await feedOf('en', `?theme=${themeSlug}`))).toEqual([
        slug('visita'),
        slug('antigua'),
      ]);
      // Its mechanism has no published news left: the filter is dropped, not an empty feed of it.
      const byMechanism = await feedOf('en', `?mechanism=${mechanismSlug}`);
      expect(entrySlugs(byMechanism)).not.toContain(slug('informe'));
    } finally {
      await prisma.news.update({ where: { slug: slug('informe') }, data: { status: 'PUBLISHED' } });
    }
  });

  it('answers 404 for a path whose language is not one of the site’s', async () => {
    expect((await get('fr', `?theme=${themeSlug}`)).status).toBe(404);
  });
});
