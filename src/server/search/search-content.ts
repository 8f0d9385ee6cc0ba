import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import {
  SEARCH_FILTER_KEYS,
  SEARCH_RESULTS_PER_PAGE,
  type TSearchQuerySchema,
} from '@/lib/validation/search';

import { findNamedCountries } from './find-named-countries';
import { FEW_MATCHES, findSearchEntries, SAMPLE_CAP } from './find-search-entries';
import { type ParsedSearchQuery, parseSearchQuery } from './parse-search-query';
import { MIN_ESTIMATE, MIN_PROBE_ESTIMATE, type ProbeCounts, probeSearch } from './probe-search';
import {
  HEAD_PROBE_LEVEL,
  LOCALES,
  PROBE_LEVEL,
  SAMPLE_LEVELS,
  sampleFraction,
  type SearchFilterIds,
} from './search-tags';
import { suggestNames } from './suggest-names';
import { toSearchResult } from './to-search-result';

export type SearchContentOptions = {
  locale: AppLocale;
  query: TSearchQuerySchema;
  perPage?: number;
  /** Expand the query with the thesaurus; off only to measure what expansion costs. */
  expand?: boolean;
};

/** About this many matches are read to count and facet a large result set… */
const SAMPLE_TARGET = 150;
/**
 * …and about this many title and summary matches are ranked (rows: an entity's translations are
 * searched too, so it can take up to three of them).
 */
const HEAD_TARGET = 160;

/**
 * The sample level expected to hold between half of `target` and `target` of the matches counted
 * as `which`, from the first of the probe's counts that holds enough to estimate from (level 0,
 * PROBE_LEVEL, then the title and summary matches at HEAD_PROBE_LEVEL: those are matches too, so
 * they bound all matches from below). Null (read every match) when none does: there are then
 * likely under a thousand matches, and the counts shown are exact.
 */
const sampleLevel = (
  { level0, levelProbe, headProbe }: ProbeCounts,
  which: 'all' | 'head',
  target: number,
) => {
  const estimates: [count: number, level: number, enough: number][] = [
    [level0[which], 0, MIN_ESTIMATE],
    [levelProbe?.[which] ?? 0, PROBE_LEVEL, MIN_PROBE_ESTIMATE],
    [headProbe ?? 0, HEAD_PROBE_LEVEL, MIN_PROBE_ESTIMATE],
  ];
  const estimate = estimates.find(([count, , enough]) => count >= enough);
  if (!estimate) return null;
  const [count, at] = estimate;
  const level = Math.max(0, at + Math.floor(Math.log2(target / count)));
  return level >= SAMPLE_LEVELS ? null : level;
};

/** The first step of one search: the probe (see probeSearch), and what the second step needs. */
const probe = async (
  locale: AppLocale,
  parsed: ParsedSearchQuery,
  requested: TSearchQuerySchema,
  expand: boolean,
) => {
  const { labels, themeId, countryId, counts, display, typed, countryNames, ...tsQueries } =
    await probeSearch({
      locale,
      parsed,
      query: requested,
      expand,
    });
  // Slugs that name nothing are dropped, so the page shows what it actually filtered by.
  const query = {
    ...requested,
    q: parsed.text,
    theme: themeId ? requested.theme : undefined,
    country: countryId ? requested.country : undefined,
  };
  const filters: SearchFilterIds = {
    type: query.type,
    themeId: themeId ?? undefined,
    countryId: countryId ?? undefined,
    language: query.language,
    year: query.year,
  };
  return {
    locale,
    query,
    labels,
    counts,
    display,
    typed,
    tsQueries,
    filters,
    positive: parsed.positive,
    countryNames,
  };
};

type Probed = Awaited<ReturnType<typeof probe>>;

const noFilters = (query: TSearchQuerySchema) =>
  SEARCH_FILTER_KEYS.every((key) => key === 'language' || query[key] === undefined);

/**
 * Whether the query may match fewer than FEW_MATCHES entities. Each probe count is of rows in a
 * sample of all matching rows, and an entity has at most one row per language: a count above
 * (FEW_MATCHES - 1) rows per language proves at least FEW_MATCHES entities match.
 */
const mayMatchFew = ({ counts: { level0, levelProbe, headProbe } }: Probed) =>
  Math.max(level0.all, levelProbe?.all ?? 0, headProbe ?? 0) <= LOCALES.length * (FEW_MATCHES - 1);

/** Neither probe sample holds a match: the query likely matches nothing (or very little). */
const probedNothing = ({ counts }: Probed) =>
  counts.level0.all === 0 && (counts.levelProbe?.all ?? 0) === 0;

/** The second step: the bounded ranked query, sized by the probe. */
const find = async (probed: Probed, perPage: number, namedCountryIds: string[]) => {
  const { locale, query, labels, counts, display, typed, tsQueries, filters, positive } = probed;
  // A query of exclusions only ("-1") would match nearly everything, with nothing to highlight.
  if (!positive || Object.values(tsQueries).every((tsQuery) => tsQuery === '')) {
    return { query, labels };
  }
  const level = sampleLevel(counts, 'all', SAMPLE_TARGET);
  const found = await findSearchEntries({
    locale,
    tsQueries,
    displayQueries: display,
    typedQueries: typed,
    filters,
    namedCountryIds,
    sampleLevel: level,
    headLevel: sampleLevel(counts, 'head', HEAD_TARGET),
    offset: (query.page - 1) * perPage,
    limit: perPage,
  });
  // All matches were read, unless even that hit the cap (then the cap is a sample of them).
  const exact = level === null && found.sampleRows < SAMPLE_CAP;
  const scale =
    level !== null ? 1 / sampleFraction(level) : exact ? 1 : 1 / (found.sampleMaxKey ?? 1);
  return { query, labels, found: { ...found, exact, scale } };
};

/**
 * Full-text search over published documents, mechanisms, events and recommendations in three
 * languages: ranked, highlighted results, facet counts and a "did you mean" for misspelt names.
 * Any text is a valid query (see parseSearchQuery); one that matches nothing gives an empty
 * result. The work per query is bounded whatever the size of the corpus: large match sets are sampled (see probeSearch).
 */
export const searchContent = async ({
  locale,
  query: requested,
  perPage = SEARCH_RESULTS_PER_PAGE,
  expand = true,
}: SearchContentOptions) => {
  const parsed = parseSearchQuery(requested.q);
  const searchFor = async (text: string) =>
    find(await probe(locale, parseSearchQuery(text), requested, expand), perPage, []);
  const probed = await probe(locale, parsed, requested, expand);
  // The countries the query names: their mechanisms rank first.
  const named = findNamedCountries({ locale, words: parsed.words, countries: probed.countryNames });
  const namedCountryIds = named.map((country) => country.id);
  const lookUpCorrection = () => suggestNames({ text: parsed.text, words: parsed.words });
  // A likely misspelling (the probe found nothing, and cannot rule out few matches): the
  // correction, and the search for it, run alongside the search as typed rather than after.
  const early = probedNothing(probed) && mayMatchFew(probed) ? lookUpCorrection() : null;
  const correctedSearch = early?.then((correction) => (correction ? searchFor(correction) : null));
  // Awaited below only when needed: until then (or if never), a failure must not go unhandled.
  correctedSearch?.catch(() => undefined);
  const first = await find(probed, perPage, namedCountryIds);
  const matched = first.found ? first.found.counted : 0;
  // "Did you mean" is for few matches, counted exactly: other queries never look one up.
  const suggestion =
    (!first.found || first.found.exact) && matched < FEW_MATCHES
      ? await (early ?? lookUpCorrection())
      : null;
  const result = (searched: typeof first, resultsFor: string | null) =>
    toSearchResult({
      query: first.query,
      // Shown first when the query is a country's name or code and nothing narrows it.
      countries: noFilters(first.query) ? named.filter((country) => country.whole) : [],
      perPage,
      labels: searched.labels,
      found: searched.found ? { ...searched.found, suggestion, resultsFor } : null,
    });
  if (!suggestion || matched > 0) return result(first, null);

  // Typo tolerance: nothing matched as typed, so the results are those of the corrected names.
  const corrected = (await correctedSearch) ?? (await searchFor(suggestion));
  return corrected.found && corrected.found.counted > 0
    ? result(corrected, suggestion)
    : result(first, null);
};
