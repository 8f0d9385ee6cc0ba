import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TSearchEntityType } from '@/lib/validation/search';
import { PREPARED, queryRows } from '@/server/db';

import { countsOf, matchSql, ROW } from './search-sql';
import type { SearchFilterIds, TsQueries } from './search-tags';

export type FindSearchEntriesOptions = {
  locale: AppLocale;
  /** The query per language, for the GIN indexes… */
  tsQueries: TsQueries;
  /** …and for ranking and highlighting (prefixes as `:*`)… */
  displayQueries: TsQueries;
  /** …and as typed, without the thesaurus' terms: the words typed rank first. */
  typedQueries: TsQueries;
  filters: SearchFilterIds;
  /** Countries the query names: their mechanisms rank first ("Paraguay NPM"). */
  namedCountryIds: string[];
  /** Sample level for all matches (null: every match), from probeSearch. */
  sampleLevel: number | null;
  /** Sample level for title and summary matches, ranked when the matches are sampled. */
  headLevel: number | null;
  offset: number;
  limit: number;
};

/** Upper bounds on the rows a query reads, whatever the size of the corpus. */
export const SAMPLE_CAP = 2000;
const HEAD_CAP = 400;
/** Scores of a title (or acronym) and of a summary matched only through the thesaurus. */
const EXPANDED_TITLE_SCORE = 0.5;
const EXPANDED_SUMMARY_SCORE = 0.05;
/** A match in a translation that is neither in the visitor's language nor the original. */
const OTHER_TRANSLATION_FACTOR = 0.5;
/** A mechanism of a country the query names, national or local. */
const NATIONAL_MECHANISM_FACTOR = 4;
const LOCAL_MECHANISM_FACTOR = 2;
/** Fewer matches than this and the page suggests a correction ("did you mean"). */
export const FEW_MATCHES = 3;

// ts_rank weights for D (long text), C (country and theme names), B (summary) and A (title):
// a word in the title counts several times one in the summary, so title matches come first.
const WEIGHTS = '{0.02, 0.08, 0.15, 1.0}';
// Highlights are marked with control characters 1 and 2, which stored text never contains;
// the page splits on them and renders <mark> elements, so no database text is parsed as HTML.
const TITLE_HEADLINE = 'HighlightAll=true, StartSel=\u0001, StopSel=\u0002';
const SNIPPET_HEADLINE =
  'MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=" … ", ' +
  'StartSel=\u0001, StopSel=\u0002';
/**
 * The snippet comes from the summary when the summary matches, else from the start of the long
 * text: ts_headline parses all it is given, so a 300-page report is cut first.
 */
const SNIPPET_SOURCE_CHARS = 2_000;

export type SearchEntryRow = {
  entityType: TSearchEntityType;
  slug: string;
  locale: AppLocale;
  originalLocale: AppLocale;
  subtype: string | null;
  sortDate: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  countryIds: string[];
  title: string;
  snippet: string;
  /**
   * A mechanism shown in another language than its original one: its official name (the title of
   * its original-language row), highlighted, and that row's language. Null otherwise.
   */
  officialTitle: string | null;
  officialLocale: AppLocale | null;
};

type Counts = Record<string, number> | null;

type ResultRow = {
  sampleRows: number;
  sampleMaxKey: number | null;
  counted: number;
  ranked: number;
  items: SearchEntryRow[] | null;
  types: Counts;
  themes: Counts;
  countries: Counts;
  years: Counts;
  languages: Counts;
};

const COUNTED = Prisma.sql`counted`;

/**
 * One page of ranked matches with highlighted title and snippet, plus the counts behind the total
 * and the facets, in one round trip. Work is bounded: large match sets are read through a sample
 * (see probeSearch), so counts are then estimates and ranking looks at a sample of the title and
 * summary matches. Ranking favours title matches and recent documents and events; each entity
 * appears once, in the visitor's language when that row matched, else in its original language.
 */
export const findSearchEntries = async (options: FindSearchEntriesOptions) => {
  const { locale, displayQueries, namedCountryIds, sampleLevel, headLevel, offset, limit } =
    options;
  const queryFor = (row: Prisma.Sql, queries = displayQueries) => Prisma.sql`CASE ${row}.locale
    WHEN 'es' THEN ${queries.es}::tsquery WHEN 'pt' THEN ${queries.pt}::tsquery
    ELSE ${queries.en}::tsquery END`;
  const rowQuery = queryFor(Prisma.sql`e`);
  const typedQuery = queryFor(Prisma.sql`e`, options.typedQueries);
  // Every match is ranked when all are read; otherwise a sample of the title and summary matches
  // (the likeliest best results: body-only matches rank low).
  const ranked =
    sampleLevel === null
      ? Prisma.sql`SELECT * FROM sample`
      : Prisma.sql`SELECT ${ROW} FROM "SearchEntry" e
          WHERE ${matchSql(options, headLevel, false)}
          ORDER BY e."sampleKey" LIMIT ${HEAD_CAP}`;

  // A sample only counted (not ranked) needs no text.
  const sampleColumns =
    sampleLevel === null
      ? ROW
      : Prisma.sql`e."entityType", e."entityId", e.locale, e.year, e."themeIds", e."countryIds",
          e."sampleKey"`;

  // Whether a page item's summary matches: its words are the head's weight-B words (a mechanism's
  // also hold its jurisdiction), read without parsing the summary again as to_tsvector would.
  const summaryMatches = Prisma.sql`CASE WHEN p."entityType" = 'mechanism'
      THEN to_tsvector(search_config(p.locale), coalesce(p.summary, '')) @@ p.query
      ELSE ts_filter(p.head, '{b}') @@ p.query END`;

  const [row] = await queryRows<ResultRow>(Prisma.sql`${PREPARED}
    WITH sample AS (
      SELECT ${sampleColumns} FROM "SearchEntry" e
      WHERE ${matchSql(options, sampleLevel, true)}
      ORDER BY e."sampleKey" LIMIT ${SAMPLE_CAP}
    ),
    candidates AS (${ranked}),
    scored AS (
      SELECT DISTINCT ON (e."entityType", e."entityId")
             e."entityType", e."entityId", e.locale, e."originalLocale", e.slug, e.subtype,
             e."sortDate", e."countryIds", e.title, e.summary, q.query, s.score
      FROM candidates e
      CROSS JOIN LATERAL (SELECT ${rowQuery} AS query, ${typedQuery} AS typed) q
      CROSS JOIN LATERAL (SELECT
        -- The words as typed rank by ts_rank. A match only through the thesaurus (a synonym,
        -- a translation) ranks below a typed one in the same field, above one in a lesser field:
        -- ts_rank itself would shrink with the number of terms the expansion ORs together.
        greatest(
          CASE WHEN e.head @@ q.typed THEN ts_rank(${WEIGHTS}::float4[], e.head, q.typed) ELSE 0 END,
          CASE WHEN ts_filter(e.head, '{a}') @@ q.query THEN ${EXPANDED_TITLE_SCORE}::float8
               WHEN e.head @@ q.query THEN ${EXPANDED_SUMMARY_SCORE}::float8
               -- Matched in the long text only.
               ELSE 0.02 END)
        * CASE WHEN e."sortDate" IS NULL THEN 1.15
               ELSE 1 + 0.5 * exp(-greatest(0, current_date - e."sortDate") / 1461.0) END
        -- Versions in the visitor's language or the original first, other translations after.
        * CASE WHEN e.locale IN (${locale}, e."originalLocale") THEN 1.0
               ELSE ${OTHER_TRANSLATION_FACTOR}::float8 END
        * CASE WHEN e."entityType" <> 'mechanism'
                 OR NOT e."countryIds" && ${namedCountryIds}::text[] THEN 1.0
               WHEN e.subtype = 'NATIONAL' THEN ${NATIONAL_MECHANISM_FACTOR}::float8
               ELSE ${LOCAL_MECHANISM_FACTOR}::float8 END
        AS score) s
      -- Each entity once: in the visitor's language when that version matched, else the best one.
      ORDER BY e."entityType", e."entityId", (e.locale = ${locale}) DESC, s.score DESC
    ),
    page AS (
      SELECT p.*, b.head, b.body FROM (
        SELECT * FROM scored ORDER BY score DESC, "entityType", "entityId"
        LIMIT ${limit} OFFSET ${offset}) p
      JOIN "SearchEntry" b USING ("entityType", "entityId", locale)
    ),
    counted_rows AS (
      SELECT DISTINCT "entityType", "entityId", locale, year, "themeIds", "countryIds" FROM sample
    ),
    counted AS (SELECT DISTINCT ON ("entityType", "entityId") * FROM counted_rows)
    SELECT
      (SELECT count(*) FROM sample)::int AS "sampleRows",
      (SELECT max("sampleKey") FROM sample) AS "sampleMaxKey",
      (SELECT count(*) FROM counted)::int AS counted,
      (SELECT count(*) FROM scored)::int AS ranked,
      (SELECT json_agg(json_build_object(
          'entityType', p."entityType", 'slug', p.slug, 'locale', p.locale,
          'originalLocale', p."originalLocale", 'subtype', p.subtype, 'sortDate', p."sortDate",
          'datePrecision', v."datePrecision", 'countryIds', p."countryIds",
          'title', ts_headline(search_config(p.locale), p.title, p.query, ${TITLE_HEADLINE}),
          'snippet', ts_headline(search_config(p.locale),
                       CASE WHEN ${summaryMatches} THEN p.summary
                            ELSE concat_ws(E'\\n', p.summary, left(p.body, ${SNIPPET_SOURCE_CHARS}))
                       END,
                       p.query, ${SNIPPET_HEADLINE}),
          'officialTitle', ts_headline(search_config(o.locale), o.title,
                             ${queryFor(Prisma.sql`o`)}, ${TITLE_HEADLINE}),
          'officialLocale', o.locale)
        ORDER BY p.score DESC, p."entityType", p."entityId")
       FROM page p LEFT JOIN "Event" v ON p."entityType" = 'event' AND v.id = p."entityId"
       -- Institutions are named as they name themselves (README: official names).
       LEFT JOIN "SearchEntry" o ON p."entityType" = 'mechanism' AND o."entityType" = 'mechanism'
         AND o."entityId" = p."entityId" AND o."isPrimary" AND o.locale <> p.locale
      ) AS items,
      ${countsOf(Prisma.sql`"entityType"`, COUNTED)} AS types,
      ${countsOf(Prisma.sql`t.id`, Prisma.sql`counted, unnest("themeIds") t(id)`)} AS themes,
      ${countsOf(Prisma.sql`c.id`, Prisma.sql`counted, unnest("countryIds") c(id)`)} AS countries,
      ${countsOf(Prisma.sql`year::text`, COUNTED)} AS years,
      ${countsOf(Prisma.sql`locale`, Prisma.sql`(SELECT DISTINCT "entityType", "entityId", locale FROM counted_rows) l`)} AS languages`);

  return row!;
};
