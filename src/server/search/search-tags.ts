import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TSearchEntityType } from '@/lib/validation/search';

export type SearchFilterIds = {
  type?: TSearchEntityType;
  themeId?: string;
  countryId?: string;
  language?: AppLocale;
  year?: number;
};

/** A tsquery in PostgreSQL's text form per language; '' when nothing in it can match. */
export type TsQueries = Record<AppLocale, string>;

export const LOCALES = ['es', 'pt', 'en'] as const satisfies readonly AppLocale[];

/**
 * Sampling levels: level j holds the rows whose sampleKey is below 2^j / 2^SAMPLE_LEVELS (2^j of
 * 4096 buckets), so level 0 is 1/4096 of the rows and level 11 half of them; level 12 would be
 * every row, which is read unsampled instead. The migrations write these numbers out again, in
 * the tags search_tags stores (search_sample_language_tags: `generate_series(0, 11)`,
 * `floor(sample_key * 4096)`) and in the partial indexes (search_sample_indexes:
 * `"sampleKey" < 0.00390625`…): search-sampling-sql.test.ts checks the database against the
 * constants here.
 */
export const SAMPLE_LEVELS = 12;
/** The level probed when the smallest sample holds too few matches to estimate from… */
export const PROBE_LEVEL = 4;
/** …and, for title and summary matches only, when even that one holds too few. */
export const HEAD_PROBE_LEVEL = 8;

/** The share of the rows in a sample level: every row of level j has sampleKey below it. */
export const sampleFraction = (level: number) => 2 ** (level - SAMPLE_LEVELS);

/**
 * The tag for one language's rows, "p" for its primary rows only: ~a<language>[p] on every such
 * row, ~z<level><language>[p] on those of a sample level.
 */
export const scopeTag = (rowLocale: AppLocale, primaryOnly: boolean, level: number | null) =>
  `${level === null ? '~a' : `~z${level}`}${rowLocale}${primaryOnly ? 'p' : ''}`;

/**
 * Sample levels with partial GIN indexes of their own (see the search_sample_indexes migration).
 * GIN reads the posting list of each common word in a query nearly in full, however rare the
 * level tag ANDed with it; the smallest index that holds a level has lists 4 to 256 times shorter.
 */
export const INDEXED_LEVELS = [4, 8, 10] as const;

/**
 * The condition that lets PostgreSQL read a sample level from its partial index (none for every
 * row or levels above 10). It drops no match: every row of level j has sampleKey below
 * sampleFraction(j).
 */
export const sampleIndexSql = (level: number | null) => {
  const indexed = level === null ? undefined : INDEXED_LEVELS.find((l) => level <= l);
  if (indexed === undefined) return Prisma.empty;
  // A literal, not a parameter: the planner uses a partial index only when it sees that the
  // query's condition implies the index's.
  return Prisma.sql`AND e."sampleKey" < ${Prisma.raw(String(sampleFraction(indexed)))}`;
};

/** A lexeme in tsquery syntax: quoted, with quotes and backslashes escaped. */
const lexeme = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

export type SearchTagsOptions = {
  /** The language of the rows this part of the query matches. */
  rowLocale: AppLocale;
  filters: Pick<SearchFilterIds, 'type' | 'year'>;
  /** SQL for the theme and country ids filtered by (NULL for none). */
  themeId: Prisma.Sql;
  countryId: Prisma.Sql;
  /** Sample level (0–11), or null for every row. */
  level: number | null;
};

/**
 * The tags a row must carry (ANDed, as a tsquery) for one language's part of the query: its
 * language (every row of it, whatever the visitor's language: a title pasted from an e-mail in
 * another language finds that translation), the filters and the sample level.
 * The search migrations store the same tags as lexemes, so the GIN indexes do all the selecting.
 */
export const searchTagsSql = ({
  rowLocale,
  filters,
  themeId,
  countryId,
  level,
}: SearchTagsOptions) => {
  // One tag for language, primary flag and sample level: one posting list for GIN to step
  // through instead of two or three, some of which nearly every row is in (see the migration).
  const fixed = [
    scopeTag(rowLocale, false, level),
    filters.type ? `~t${filters.type}` : null,
    filters.year ? `~y${filters.year}` : null,
  ]
    .filter((tag): tag is string => Boolean(tag))
    .map(lexeme)
    .join(' & ');
  return Prisma.sql`(${fixed}
    || coalesce(' & ' || quote_literal('~h' || ${themeId}), '')
    || coalesce(' & ' || quote_literal('~c' || ${countryId}), ''))::tsquery`;
};

/** The languages whose rows a query can match: all, or the one the language filter names. */
export const searchedLocales = (tsQueries: TsQueries, filters: SearchFilterIds) =>
  LOCALES.filter(
    (l) => tsQueries[l] !== '' && (filters.language === undefined || filters.language === l),
  );
