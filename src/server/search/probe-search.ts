import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TSearchQuerySchema } from '@/lib/validation/search';
import { PREPARED, queryRows } from '@/server/db';

import type { ParsedSearchQuery } from './parse-search-query';
import {
  type CountryNames,
  countryNamesSql,
  type NamedRow,
  themeNamesSql,
  toFacetLabel,
} from './search-names';
import {
  HEAD_PROBE_LEVEL,
  LOCALES,
  PROBE_LEVEL,
  sampleIndexSql,
  searchTagsSql,
  type TsQueries,
} from './search-tags';

export type ProbeSearchOptions = {
  locale: AppLocale;
  parsed: ParsedSearchQuery;
  query: TSearchQuerySchema;
  /** Expand the query with the thesaurus (off only to measure what expansion costs). */
  expand: boolean;
};

type LevelCounts = { all: number; head: number };
/**
 * Matches in the smallest sample (level 0), at PROBE_LEVEL when level 0 had too few, and title
 * and summary matches at HEAD_PROBE_LEVEL when PROBE_LEVEL had too few of those.
 */
export type ProbeCounts = {
  level0: LevelCounts;
  levelProbe: LevelCounts | null;
  headProbe: number | null;
};

type ProbeRow = TsQueries & {
  display: TsQueries;
  typed: TsQueries;
  themeId: string | null;
  countryId: string | null;
  counts: ProbeCounts;
  themes: NamedRow[] | null;
  countries: CountryNames[] | null;
};

/** Fewer matches than this in a sample are too few to estimate the total from… */
export const MIN_ESTIMATE = 8;
/** …except in the larger samples of PROBE_LEVEL and HEAD_PROBE_LEVEL. */
export const MIN_PROBE_ESTIMATE = 3;

// Fixed names, never input. Each language's configuration unaccents before stemming (see the
// search migration), so queries and documents meet in the same form.
const CONFIGS: Record<AppLocale, string> = { es: 'search_es', pt: 'search_pt', en: 'search_en' };

/**
 * The query in one language's stemming. A last word typed to the end may be the start of a
 * longer one: for matching, `rest & (last | ~f<last>)` (the indexed prefixes, see the search
 * migration); for ranking and highlighting, PostgreSQL's own `rest & last:*`.
 */
const tsQuerySql = (
  locale: AppLocale,
  { text, rest, prefix }: ParsedSearchQuery,
  use: 'match' | 'display',
  expand: boolean,
) => {
  const config = Prisma.sql`${CONFIGS[locale]}::regconfig`;
  const last =
    use === 'match'
      ? Prisma.sql`search_prefix_query(${config}, ${prefix})`
      : Prisma.sql`to_tsquery(${config}, ${`${prefix}:*`})`;
  const query = prefix
    ? Prisma.sql`(websearch_to_tsquery(${config}, ${rest}) && ${last})`
    : Prisma.sql`websearch_to_tsquery(${config}, ${text})`;
  if (!expand) return query;
  // Or the thesaurus' terms for the concepts the query names, in this language (x, below).
  return Prisma.sql`coalesce(${query} || x.${Prisma.raw(locale)}, ${query})`;
};

/**
 * The words as typed (whole: terms are whole words) with each term they name expanded to its
 * concept's terms in each language (search_expand in the search_thesaurus migration); NULL where
 * no term is named or expansion is off.
 */
const expansionSql = ({ text }: ParsedSearchQuery, expand: boolean) => {
  const expanded = (locale: AppLocale) =>
    expand
      ? Prisma.sql`search_expand(websearch_to_tsquery(${CONFIGS[locale]}::regconfig, ${text}), ${locale})`
      : Prisma.sql`NULL::tsquery`;
  return Prisma.sql`SELECT ${expanded('es')} AS es, ${expanded('pt')} AS pt, ${expanded('en')} AS en`;
};

/** The query for one sample level: each language's words ANDed with its tags, ORed together. */
const levelQuerySql = (query: TSearchQuerySchema, level: number) => {
  const filters = { type: query.type, language: query.language, year: query.year };
  const arms = LOCALES.filter((l) => query.language === undefined || query.language === l).map(
    (rowLocale) => {
      const tags = searchTagsSql({
        rowLocale,
        filters,
        themeId: Prisma.sql`f.theme_id`,
        countryId: Prisma.sql`f.country_id`,
        level,
      });
      const words = Prisma.sql`q.${Prisma.raw(rowLocale)}`;
      // An empty query ANDed with tags would match every tagged row: it matches nothing instead.
      return Prisma.sql`(CASE WHEN numnode(${words}) > 0 THEN ${words} && ${tags}
        ELSE ''::tsquery END)`;
    },
  );
  return Prisma.sql`(${Prisma.join(arms, ' || ')})`;
};

/** Matching rows of a sample level, and how many of them match in the title or summary. */
const countSql = (query: TSearchQuerySchema, level: number) => {
  const match = levelQuerySql(query, level);
  return Prisma.sql`(SELECT json_build_object('all', count(*), 'head', count(*) FILTER (WHERE e.head @@ ${match}))
    FROM "SearchEntry" e WHERE e."textVector" @@ ${match} ${sampleIndexSql(level)})`;
};

/** Title and summary matches of a sample level (through the smaller index of those). */
const headCountSql = (query: TSearchQuerySchema, level: number) =>
  Prisma.sql`(SELECT count(*) FROM "SearchEntry" e
    WHERE e.head @@ ${levelQuerySql(query, level)} ${sampleIndexSql(level)})`;

/**
 * Matches in the smallest sample (1/4096 of the rows: cheap however common the words) and, only
 * when that holds too few to estimate from, in the 1/256 sample; title and summary matches in
 * the 1/16 sample when even the 1/256 one holds too few of them, so that a thousand of those
 * among many more body matches are sampled too rather than all read.
 */
const probeSql = (parsed: ParsedSearchQuery, query: TSearchQuerySchema) => {
  if (parsed.text === '')
    return Prisma.sql`json_build_object('level0', json_build_object('all', 0, 'head', 0))`;
  // OFFSET 0 keeps each count a subquery of its own: inlined, it would run once per use.
  return Prisma.sql`(SELECT json_build_object('level0', c.counts, 'levelProbe', p.counts,
      'headProbe', CASE WHEN (p.counts->>'head')::int < ${MIN_PROBE_ESTIMATE}
                        THEN ${headCountSql(query, HEAD_PROBE_LEVEL)} END)
    FROM (SELECT ${countSql(query, 0)} AS counts OFFSET 0) c
    CROSS JOIN LATERAL (
      SELECT CASE WHEN (c.counts->>'all')::int < ${MIN_ESTIMATE}
                    OR (c.counts->>'head')::int < ${MIN_ESTIMATE}
                  THEN ${countSql(query, PROBE_LEVEL)} END AS counts OFFSET 0) p)`;
};

/**
 * The first step of a search, in one round trip: the visitor's text as a tsquery in each
 * language (a row is matched with the query in its own language, so a Spanish document is found
 * from /en by its Spanish words), the ids behind the theme and country filters, every theme's
 * and country's names (the facets' labels, and the countries the query names), and how many rows
 * of the smallest sample match, to size the real query's sample.
 */
export const probeSearch = async ({ locale, parsed, query, expand }: ProbeSearchOptions) => {
  const [row] = await queryRows<ProbeRow>(Prisma.sql`${PREPARED}
    WITH f AS MATERIALIZED (
      SELECT (SELECT id FROM "Theme" WHERE slug = ${query.theme ?? null}) AS theme_id,
             (SELECT id FROM "Country"
              WHERE slug = ${query.country ?? null} AND status = 'PUBLISHED') AS country_id
    ),
    x AS MATERIALIZED (${expansionSql(parsed, expand)}),
    q AS MATERIALIZED (
      SELECT ${tsQuerySql('es', parsed, 'match', expand)} AS es,
             ${tsQuerySql('pt', parsed, 'match', expand)} AS pt,
             ${tsQuerySql('en', parsed, 'match', expand)} AS en
      FROM x
    )
    SELECT q.es::text AS es, q.pt::text AS pt, q.en::text AS en,
           json_build_object(
             'es', ${tsQuerySql('es', parsed, 'display', expand)}::text,
             'pt', ${tsQuerySql('pt', parsed, 'display', expand)}::text,
             'en', ${tsQuerySql('en', parsed, 'display', expand)}::text) AS display,
           json_build_object(
             'es', ${tsQuerySql('es', parsed, 'display', false)}::text,
             'pt', ${tsQuerySql('pt', parsed, 'display', false)}::text,
             'en', ${tsQuerySql('en', parsed, 'display', false)}::text) AS typed,
           f.theme_id AS "themeId", f.country_id AS "countryId",
           ${probeSql(parsed, query)} AS counts,
           ${themeNamesSql} AS themes,
           ${countryNamesSql} AS countries
    FROM q, f, x`);
  const { themes, countries, ...rest } = row!;
  const countryNames = countries ?? [];
  const label = toFacetLabel(locale);
  return {
    ...rest,
    labels: { themes: (themes ?? []).map(label), countries: countryNames.map(label) },
    countryNames,
  };
};
