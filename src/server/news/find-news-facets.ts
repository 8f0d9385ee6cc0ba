import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type FindNewsFacetsOptions = { locale: AppLocale };

export type NewsFacetOption = { slug: string; label: string; labelLocale: AppLocale };

export type NewsFacets = Awaited<ReturnType<typeof findNewsFacets>>;

const published = { status: 'PUBLISHED' } as const;
const withNews = { news: { some: published } };

/**
 * What /news can be filtered by: only countries, mechanisms, themes and years that published news
 * belongs to, so no choice leads to an empty list. A country's news includes its mechanisms'.
 */
export const findNewsFacets = async ({ locale }: FindNewsFacetsOptions) => {
  const [countries, mechanisms, themes, years] = await Promise.all([
    prisma.country.findMany({
      where: {
        ...published,
        OR: [withNews, { mechanisms: { some: { ...published, ...withNews } } }],
      },
      select: { slug: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.mechanism.findMany({
      where: { ...published, country: published, ...withNews },
      select: mechanismRefSelect,
    }),
    prisma.theme.findMany({
      where: withNews,
      select: { slug: true, translations: { select: { locale: true, label: true } } },
    }),
    prisma.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "publishedOn")::int AS year
      FROM "News" WHERE status = 'PUBLISHED' ORDER BY year DESC`,
  ]);
  const collator = new Intl.Collator(locale);
  const sorted = (options: NewsFacetOption[]) =>
    options.sort((a, b) => collator.compare(a.label, b.label));
  const option = <T extends { locale: AppLocale }>(
    slug: string,
    translations: T[],
    key: keyof T,
  ): NewsFacetOption => {
    const picked = pickTranslation(translations, locale, 'es');
    return {
      slug,
      label: String(picked?.[key] ?? slug),
      labelLocale: picked?.shownLocale ?? locale,
    };
  };
  return {
    countries: sorted(countries.map((c) => option(c.slug, c.translations, 'name'))),
    mechanisms: sorted(
      mechanisms.map((row) => {
        const ref = toMechanismRef(row, locale);
        const name = ref.name ?? ref.acronym ?? ref.slug;
        return {
          slug: ref.slug,
          label: ref.name && ref.acronym ? `${name} (${ref.acronym})` : name,
          labelLocale: ref.nameLocale,
        };
      }),
    ),
    themes: sorted(themes.map((t) => option(t.slug, t.translations, 'label'))),
    years: years.map((row) => row.year),
  };
};
