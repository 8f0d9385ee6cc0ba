import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { SEARCH_RESULTS_PER_PAGE, type TSearchQuerySchema } from '@/lib/validation/search';

import { FEW_MATCHES, findSearchEntries, SAMPLE_CAP } from './find-search-entries';
import { type ParsedSearchQuery, parseSearchQuery } from './parse-search-query';
import { MIN_ESTIMATE, type ProbeCounts, probeSearch } from './probe-search';
import { PROBE_LEVEL, SAMPLE_LEVELS, type SearchFilterIds } from './search-tags';
import { suggestNames } from './suggest-names';
import { toSearchResult } from './to-search-result';

export type SearchContentOptions = {
  locale: AppLocale;
  query: TSearchQuerySchema;
  perPage?: number;
};

/** About this many matches are read to count and facet a large result set… */
const SAMPLE_TARGET = 300;
/** …and about this many title and summary matches are ranked. */
const HEAD_TARGET = 160;
/** Matches at PROBE_LEVEL (1/256 of the rows) below which every match is read instead. */
const MIN_PROBE_ESTIMATE = 3;

/**
 * The sample level expected to hold between half of `target` and `target` of the matches counted
 * as `which`, from the probe's counts at level 0, or at PROBE_LEVEL when level 0 held too few.
 * Null (read every match) when even PROBE_LEVEL held too few to estimate from: there are then
 * likely under a thousand matches, and the counts shown are exact.
 */
const sampleLevel = (
  { level0, levelProbe }: ProbeCounts,
  which: 'all' | 'head',
  target: number,
) => {
  const [count, at] =
    level0[which] >= MIN_ESTIMATE
      ? [level0[which], 0]
      : levelProbe && levelProbe[which] >= MIN_PROBE_ESTIMATE
        ? [levelProbe[which], PROBE_LEVEL]
        : [0, 0];
  if (count === 0) return null;
  const level = Math.max(0, at + Math.floor(Math.log2(target / count)));
  return level >= SAMPLE_LEVELS ? null : level;
};

/** One search for the parsed text: probe, then the bounded ranked query. */
const run = async (
  locale: AppLocale,
  parsed: ParsedSearchQuery,
  requested: TSearchQuerySchema,
  perPage: number,
) => {
  const { labels, themeId, countryId, counts, display, ...tsQueries } = await probeSearch({
    locale,
    parsed,
    query: requested,
  });
  // Slugs that name nothing are dropped, so the page shows what it actually filtered by.
  const query = {
    ...requested,
    q: parsed.text,
    theme: themeId ? requested.theme : undefined,
    country: countryId ? requested.country : undefined,
  };
  if (Object.values(tsQueries).every((tsQuery) => tsQuery === '')) return { query, labels };

  const filters: SearchFilterIds = {
    type: query.type,
    themeId: themeId ?? undefined,
    countryId: countryId ?? undefined,
    language: query.language,
    year: query.year,
  };
  const level = sampleLevel(counts, 'all', SAMPLE_TARGET);
  const found = await findSearchEntries({
    locale,
    tsQueries,
    displayQueries: display,
    filters,
    sampleLevel: level,
    headLevel: sampleLevel(counts, 'head', HEAD_TARGET),
    offset: (query.page - 1) * perPage,
    limit: perPage,
  });
  // All matches were read, unless even that hit the cap (then the cap is a sample of them).
  const exact = level === null && found.sampleRows < SAMPLE_CAP;
  const scale =
    level !== null ? 2 ** (SAMPLE_LEVELS - level) : exact ? 1 : 1 / (found.sampleMaxKey ?? 1);
  return { query, labels, found: { ...found, exact, scale } };
};

/**
 * Full-text search over published documents, mechanisms and events in three languages: ranked,
 * highlighted results, facet counts and a "did you mean" for misspelt names. Any text is a valid
 * query (see parseSearchQuery); one that matches nothing gives an empty result. The work per query
 * is bounded whatever the size of the corpus: large match sets are sampled (see probeSearch).
 */
export const searchContent = async ({
  locale,
  query: requested,
  perPage = SEARCH_RESULTS_PER_PAGE,
}: SearchContentOptions) => {
  const parsed = parseSearchQuery(requested.q);
  const first = await run(locale, parsed, requested, perPage);
  const matched = first.found ? first.found.counted : 0;
  const suggestion =
    (!first.found || first.found.exact) && matched < FEW_MATCHES
      ? await suggestNames({ text: parsed.text, words: parsed.words })
      : null;
  const result = (searched: typeof first, resultsFor: string | null) =>
    toSearchResult({
      query: first.query,
      perPage,
      labels: searched.labels,
      found: searched.found ? { ...searched.found, suggestion, resultsFor } : null,
    });
  if (!suggestion || matched > 0) return result(first, null);

  // Typo tolerance: nothing matched as typed, so the results are those of the corrected names.
  const corrected = await run(locale, parseSearchQuery(suggestion), requested, perPage);
  return corrected.found && corrected.found.counted > 0
    ? result(corrected, suggestion)
    : result(first, null);
};
