import 'server-only';

import { Prisma } from '@/generated/prisma/client';

import type { FindSearchEntriesOptions } from './find-search-entries';
import { sampleIndexSql, searchedLocales, searchTagsSql } from './search-tags';

// The pieces of findSearchEntries' query.

/** What ranking and the result list need of an entry (the long text is joined for the page only). */
export const ROW = Prisma.sql`e."entityType", e."entityId", e.locale, e."originalLocale", e.slug,
  e.subtype, e."sortDate", e.year, e."themeIds", e."countryIds", e."sampleKey", e.title,
  e.summary, e.head`;

/**
 * Rows whose text matches: one tsquery ORing each language's query (in its own stemming) ANDed
 * with its tags (language, visibility, filters, sample), so each GIN index is scanned once and
 * does all the selecting.
 */
export const matchSql = (
  options: Pick<FindSearchEntriesOptions, 'tsQueries' | 'filters'>,
  level: number | null,
  withBody: boolean,
) => {
  const { tsQueries, filters } = options;
  const arms = searchedLocales(tsQueries, filters).map((rowLocale) => {
    const tags = searchTagsSql({
      rowLocale,
      filters,
      themeId: Prisma.sql`${filters.themeId ?? null}::text`,
      countryId: Prisma.sql`${filters.countryId ?? null}::text`,
      level,
    });
    return Prisma.sql`(${tsQueries[rowLocale]}::tsquery && ${tags})`;
  });
  if (arms.length === 0) return Prisma.sql`FALSE`;
  const query = Prisma.sql`(${Prisma.join(arms, ' || ')})`;
  const vector = withBody ? Prisma.sql`e."textVector"` : Prisma.sql`e.head`;
  return Prisma.sql`${vector} @@ ${query} ${sampleIndexSql(level)}`;
};

/** Counts per value of a facet, as a JSON object. */
export const countsOf = (value: Prisma.Sql, from: Prisma.Sql) => Prisma.sql`(
  SELECT json_object_agg(value, n) FROM (
    SELECT ${value} AS value, count(*)::int AS n FROM ${from} GROUP BY 1) c
  WHERE value IS NOT NULL)`;
