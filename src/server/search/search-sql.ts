import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';

import type { FindSearchEntriesOptions } from './find-search-entries';
import { type SearchFilterIds, searchedLocales, searchTagsSql } from './search-tags';

// The pieces of findSearchEntries' query.

const FUZZY_SIZE = 10;
/** Minimum word_similarity (pg_trgm) for a mechanism name to count as a misspelt match. */
const FUZZY_MIN_SIMILARITY = 0.5;

/** What ranking and the result list need of an entry (the long text is joined for the page only). */
export const ROW = Prisma.sql`e."entityType", e."entityId", e.locale, e."originalLocale", e.slug,
  e.subtype, e."sortDate", e.year, e."themeIds", e."countryIds", e."sampleKey", e.title,
  e.summary, e.head`;

/**
 * Rows whose text matches, each language with the query in its own stemming and with the tags
 * (language, visibility, filters, sample) ANDed in, so the GIN indexes do all the selecting.
 */
export const matchSql = (
  options: Pick<FindSearchEntriesOptions, 'locale' | 'tsQueries' | 'filters'>,
  level: number | null,
  withBody: boolean,
) => {
  const { locale, tsQueries, filters } = options;
  const arms = searchedLocales(tsQueries, filters).map((rowLocale) => {
    const tags = searchTagsSql({
      locale,
      rowLocale,
      filters,
      themeId: Prisma.sql`${filters.themeId ?? null}::text`,
      countryId: Prisma.sql`${filters.countryId ?? null}::text`,
      level,
    });
    const query = Prisma.sql`(${tsQueries[rowLocale]}::tsquery && ${tags})`;
    return withBody
      ? Prisma.sql`e.head @@ ${query} OR e."bodyVector" @@ ${query}`
      : Prisma.sql`e.head @@ ${query}`;
  });
  return arms.length === 0 ? Prisma.sql`FALSE` : Prisma.join(arms, ' OR ');
};

/** Plain SQL conditions for the name lookup, which does not go through the tsvectors. */
const filterSql = (locale: AppLocale, { type, countryId, language }: SearchFilterIds) => {
  const conditions = [Prisma.sql`(e.locale = ${locale} OR e."isPrimary")`];
  if (type) conditions.push(Prisma.sql`e."entityType" = ${type}`);
  if (countryId) conditions.push(Prisma.sql`e."countryIds" @> ARRAY[${countryId}]::text[]`);
  if (language) conditions.push(Prisma.sql`e.locale = ${language}`);
  return Prisma.join(conditions, ' AND ');
};

/**
 * When the words match nothing: the mechanisms whose name is nearest the query, so a misspelt
 * name still finds its mechanism (pg_trgm word similarity, GiST index).
 */
export const fuzzySql = (options: FindSearchEntriesOptions) => {
  const { fuzzyText, filters, locale } = options;
  // Only mechanisms have names to misspell; they have no themes or years.
  const applies =
    fuzzyText !== null &&
    (filters.type === undefined || filters.type === 'mechanism') &&
    !filters.themeId &&
    !filters.year;
  if (!applies)
    return Prisma.sql`SELECT ${ROW}, NULL::float8 AS similarity FROM "SearchEntry" e WHERE FALSE`;
  const text = Prisma.sql`search_unaccent(lower(${fuzzyText}))`;
  return Prisma.sql`SELECT * FROM (
      SELECT ${ROW}, word_similarity(${text}, search_unaccent(lower(e.title)))::float8 AS similarity
      FROM "SearchEntry" e
      WHERE e."entityType" = 'mechanism' AND ${filterSql(locale, filters)}
      ORDER BY search_unaccent(lower(e.title)) <->> ${text}
      LIMIT ${FUZZY_SIZE}) nearest
    WHERE similarity >= ${FUZZY_MIN_SIMILARITY}
      -- A fallback, not extra noise on a query that found what was typed.
      AND NOT EXISTS (SELECT 1 FROM sample)`;
};

/** Counts per value of a facet, as a JSON object. */
export const countsOf = (value: Prisma.Sql, from: Prisma.Sql) => Prisma.sql`(
  SELECT json_object_agg(value, n) FROM (
    SELECT ${value} AS value, count(*)::int AS n FROM ${from} GROUP BY 1) c
  WHERE value IS NOT NULL)`;
