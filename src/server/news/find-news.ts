import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { NEWS_PER_PAGE, type TNewsListQuerySchema } from '@/lib/validation/news';
import { prisma } from '@/server/db';
import { newsOrder, newsSummarySelect, toNewsSummary } from '@/server/summaries/to-news-summary';

import { findNewsFacets, type NewsFacets } from './find-news-facets';

export type FindNewsOptions = {
  locale: AppLocale;
  query: TNewsListQuerySchema;
  perPage?: number;
};

const published = { status: 'PUBLISHED' } as const;

/** The query without values that name no choice (a stale slug, a year without news). */
const knownFilters = (query: TNewsListQuerySchema, facets: NewsFacets) => {
  const known = (options: { slug: string }[], slug?: string) =>
    options.some((option) => option.slug === slug) ? slug : undefined;
  return {
    country: known(facets.countries, query.country),
    mechanism: known(facets.mechanisms, query.mechanism),
    theme: known(facets.themes, query.theme),
    year: query.year !== undefined && facets.years.includes(query.year) ? query.year : undefined,
  };
};

const toWhere = ({ country, mechanism, theme, year }: ReturnType<typeof knownFilters>) =>
  ({
    AND: [
      published,
      // News about a country: linked to it, or to one of its published mechanisms.
      country
        ? {
            OR: [
              { countries: { some: { slug: country } } },
              { mechanisms: { some: { ...published, country: { slug: country } } } },
            ],
          }
        : {},
      mechanism ? { mechanisms: { some: { ...published, slug: mechanism } } } : {},
      theme ? { themes: { some: { slug: theme } } } : {},
      year
        ? {
            publishedOn: {
              gte: new Date(Date.UTC(year, 0, 1)),
              lt: new Date(Date.UTC(year + 1, 0, 1)),
            },
          }
        : {},
    ],
  }) satisfies Prisma.NewsWhereInput;

/**
 * One page of published news, latest first, with the filter choices. A page past the last one
 * shows the last page.
 */
export const findNews = async ({ locale, query, perPage = NEWS_PER_PAGE }: FindNewsOptions) => {
  const facets = await findNewsFacets({ locale });
  const filters = knownFilters(query, facets);
  const where = toWhere(filters);
  const total = await prisma.news.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(query.page ?? 1, pageCount);
  const rows = await prisma.news.findMany({
    where,
    select: newsSummarySelect,
    orderBy: [...newsOrder],
    skip: (page - 1) * perPage,
    take: perPage,
  });
  return {
    items: rows.map((row) => toNewsSummary(row, locale)),
    total,
    page,
    pageCount,
    perPage,
    /** The filters actually applied, for the form, the active filters and the page links. */
    query: { ...filters, page },
    facets,
  };
};
