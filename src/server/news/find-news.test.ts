// /news's filters, facets and pages, the news blocks of country and mechanism pages and the news
// page's getter, in a database of their own: totals and facets count every published item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ZNewsListQuerySchema } from '@/lib/validation/news';

import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('find_news');
let db: Awaited<ReturnType<typeof database.open>>;
// Imported once the own database is set up (src/server/db reads DATABASE_URL on import).
let findNews: (typeof import('./find-news'))['findNews'];
let getNewsItem: (typeof import('./get-news-item'))['getNewsItem'];
let findLatestNews: (typeof import('./find-latest-news'))['findLatestNews'];
let getCountry: (typeof import('@/server/countries/get-country'))['getCountry'];
let getMechanism: (typeof import('@/server/mechanisms/get-mechanism'))['getMechanism'];
let findSitemapEntries: (typeof import('@/server/seo/find-sitemap-entries'))['findSitemapEntries'];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ids = { alba: '', boreal: '', npm: '', draftNpm: '', theme: '', draftDoc: '', doc: '' };

const country = (slug: string, iso: string, name: string, status: 'PUBLISHED' | 'DRAFT') =>
  db.country.create({
    data: {
      slug,
      iso2: iso.slice(0, 2),
      iso3: iso,
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      status,
      translations: { create: [{ locale: 'es', name }] },
    },
  });

type NewsSeed = {
  slug: string;
  on: string;
  status?: 'PUBLISHED' | 'DRAFT';
  texts?: { locale: 'es' | 'pt' | 'en'; title: string; body?: string; imageAlt?: string }[];
  countries?: string[];
  mechanisms?: string[];
  themes?: string[];
  documents?: string[];
  imageId?: string;
};

const news = (seed: NewsSeed) =>
  db.news.create({
    data: {
      slug: seed.slug,
      originalLocale: 'es',
      publishedOn: day(seed.on),
      status: seed.status ?? 'PUBLISHED',
      imageId: seed.imageId,
      translations: { create: seed.texts ?? [{ locale: 'es', title: `Noticia ${seed.slug}` }] },
      countries: { connect: (seed.countries ?? []).map((id) => ({ id })) },
      mechanisms: { connect: (seed.mechanisms ?? []).map((id) => ({ id })) },
      themes: { connect: (seed.themes ?? []).map((id) => ({ id })) },
      documents: { connect: (seed.documents ?? []).map((id) => ({ id })) },
    },
  });

beforeAll(async () => {
  db = await database.open();
  ({ findNews } = await import('./find-news'));
  ({ getNewsItem } = await import('./get-news-item'));
  ({ findLatestNews } = await import('./find-latest-news'));
  ({ getCountry } = await import('@/server/countries/get-country'));
  ({ getMechanism } = await import('@/server/mechanisms/get-mechanism'));
  ({ findSitemapEntries } = await import('@/server/seo/find-sitemap-entries'));

  ids.alba = (await country('alba', 'ALB', 'Alba', 'PUBLISHED')).id;
  ids.boreal = (await country('boreal', 'BOR', 'Boreal', 'PUBLISHED')).id;
  const hidden = await country('oculta', 'OCU', 'Oculta', 'DRAFT');
  const mechanism = (slug: string, countryId: string, status: 'PUBLISHED' | 'DRAFT') =>
    db.mechanism.create({
      data: {
        slug,
        countryId,
        level: 'NATIONAL',
        acronym: slug.toUpperCase(),
        originalLocale: 'es',
        status,
        translations: { create: [{ locale: 'es', name: `Mecanismo ${slug}` }] },
      },
    });
  ids.npm = (await mechanism('mnp-alba', ids.alba, 'PUBLISHED')).id;
  ids.draftNpm = (await mechanism('mnp-borrador', ids.boreal, 'DRAFT')).id;
  ids.theme = (
    await db.theme.create({
      data: { slug: 'mujeres', translations: { create: [{ locale: 'es', label: 'Mujeres' }] } },
    })
  ).id;
  const document = (slug: string, status: 'PUBLISHED' | 'DRAFT') =>
    db.document.create({
      data: {
        slug,
        type: 'REPORT',
        originalLocale: 'es',
        status,
        translations: { create: [{ locale: 'es', title: `Informe ${slug}` }] },
      },
    });
  ids.doc = (await document('informe-publico', 'PUBLISHED')).id;
  ids.draftDoc = (await document('informe-borrador', 'DRAFT')).id;
  const image = await db.storedFile.create({
    data: { sha256: 'a'.repeat(64), filename: 'foto.png', contentType: 'image/png', size: 3 },
  });

  await news({
    slug: 'visita-alba',
    on: '2024-03-01',
    countries: [ids.alba],
    themes: [ids.theme],
    documents: [ids.doc, ids.draftDoc],
    imageId: image.id,
    texts: [
      { locale: 'es', title: 'Visita en Alba', body: 'Cuerpo **es**', imageAlt: 'Patio' },
      { locale: 'en', title: 'Visit in Alba', body: 'Body in English', imageAlt: 'Yard' },
    ],
  });
  await news({ slug: 'informe-mnp', on: '2024-05-10', mechanisms: [ids.npm] });
  await news({ slug: 'boreal-2023', on: '2023-11-20', countries: [ids.boreal] });
  // Never listed: a draft, and links to a draft mechanism or a draft country.
  await news({ slug: 'borrador', on: '2025-01-05', status: 'DRAFT', countries: [ids.alba] });
  await news({ slug: 'via-borrador', on: '2022-02-02', mechanisms: [ids.draftNpm] });
  await news({ slug: 'en-oculta', on: '2022-02-03', countries: [hidden.id] });
  for (let n = 1; n <= 10; n++) {
    await news({ slug: `breve-${String(n).padStart(2, '0')}`, on: `2022-03-${10 + n}` });
  }
});

afterAll(async () => {
  await database.close();
});

const list = (params: Record<string, string>, perPage = 5) =>
  findNews({ locale: 'es', query: ZNewsListQuerySchema.parse(params), perPage });
const slugs = (result: Awaited<ReturnType<typeof list>>) => result.items.map((n) => n.slug);

describe('findNews', () => {
  it('lists published news only, latest first, five per page, the last page for one too far', async () => {
    const first = await list({});
    expect(first.total).toBe(15);
    expect(first.pageCount).toBe(3);
    expect(slugs(first)).toEqual([
      'informe-mnp',
      'visita-alba',
      'boreal-2023',
      'breve-10',
      'breve-09',
    ]);
    expect(slugs(await list({ page: '2' }))).toEqual([
      'breve-08',
      'breve-07',
      'breve-06',
      'breve-05',
      'breve-04',
    ]);
    const beyond = await list({ page: '999' });
    expect(beyond.page).toBe(3);
    expect(slugs(beyond)).toEqual([
      'breve-03',
      'breve-02',
      'breve-01',
      'en-oculta',
      'via-borrador',
    ]);
  });

  it('filters by country (directly or through its mechanisms), mechanism, theme and year', async () => {
    expect(slugs(await list({ country: 'alba' }))).toEqual(['informe-mnp', 'visita-alba']);
    expect(slugs(await list({ country: 'boreal' }))).toEqual(['boreal-2023']);
    expect(slugs(await list({ mechanism: 'mnp-alba' }))).toEqual(['informe-mnp']);
    expect(slugs(await list({ theme: 'mujeres' }))).toEqual(['visita-alba']);
    expect(slugs(await list({ year: '2023' }))).toEqual(['boreal-2023']);
    expect(slugs(await list({ country: 'alba', year: '2024', theme: 'mujeres' }))).toEqual([
      'visita-alba',
    ]);
    const none = await list({ country: 'boreal', year: '2024' });
    expect(none).toMatchObject({ total: 0, pageCount: 1, items: [] });
  });

  it('offers only choices with published news and drops any other value', async () => {
    const { facets, query, total } = await list({
      country: 'oculta',
      mechanism: 'mnp-borrador',
      year: '2025',
      theme: 'no-existe',
    });
    expect(facets.countries.map((c) => c.slug)).toEqual(['alba', 'boreal']);
    expect(facets.mechanisms).toEqual([
      { slug: 'mnp-alba', label: 'Mecanismo mnp-alba (MNP-ALBA)', labelLocale: 'es' },
    ]);
    expect(facets.themes.map((t) => t.slug)).toEqual(['mujeres']);
    expect(facets.years).toEqual([2024, 2023, 2022]);
    expect(query).toEqual({
      country: undefined,
      mechanism: undefined,
      theme: undefined,
      year: undefined,
      page: 1,
    });
    expect(total).toBe(15);
  });
});

describe('news in other pages', () => {
  it('shows the latest news on the home page and on country and mechanism pages', async () => {
    expect((await findLatestNews({ locale: 'en' })).map((n) => n.slug)).toEqual([
      'informe-mnp',
      'visita-alba',
      'boreal-2023',
    ]);
    const alba = await getCountry({ slug: 'alba', locale: 'es' });
    expect(alba?.news.map((n) => n.slug)).toEqual(['informe-mnp', 'visita-alba']);
    const npm = await getMechanism({ slug: 'mnp-alba', locale: 'pt' });
    expect(npm?.news).toEqual([
      expect.objectContaining({
        slug: 'informe-mnp',
        title: 'Noticia informe-mnp',
        shownLocale: 'es',
        isFallback: true,
      }),
    ]);
  });

  it('lists /news and every published item, and no draft, in the sitemap', async () => {
    const paths = (await findSitemapEntries()).map((entry) => entry.path);
    expect(paths).toContain('/news');
    expect(paths.filter((path) => path.startsWith('/news/'))).toHaveLength(15);
    expect(paths).toContain('/news/visita-alba');
    expect(paths).not.toContain('/news/borrador');
  });

  it('gets a published item in the visitor’s language or its original, with published relations', async () => {
    const english = await getNewsItem({ slug: 'visita-alba', locale: 'en' });
    expect(english).toMatchObject({
      title: 'Visit in Alba',
      body: 'Body in English',
      isFallback: false,
      image: { alt: 'Yard' },
      countries: [{ slug: 'alba', label: 'Alba', labelLocale: 'es' }],
      themes: [{ slug: 'mujeres', label: 'Mujeres' }],
    });
    expect(english?.documents.map((d) => d.slug)).toEqual(['informe-publico']);
    const portuguese = await getNewsItem({ slug: 'visita-alba', locale: 'pt' });
    expect(portuguese).toMatchObject({
      title: 'Visita en Alba',
      body: 'Cuerpo **es**',
      shownLocale: 'es',
      isFallback: true,
      image: { alt: 'Patio' },
    });
    expect(await getNewsItem({ slug: 'borrador', locale: 'es' })).toBeNull();
    expect((await getNewsItem({ slug: 'borrador', locale: 'es', includeDrafts: true }))?.slug).toBe(
      'borrador',
    );
    expect((await getNewsItem({ slug: 'via-borrador', locale: 'es' }))?.mechanisms).toEqual([]);
  });
});
