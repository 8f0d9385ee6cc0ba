import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import {
  SEARCH_MAX_PAGE,
  type TSearchEntityType,
  type TSearchQuerySchema,
} from '@/lib/validation/search';

import type { NamedCountry } from './find-named-countries';
import type { findSearchEntries } from './find-search-entries';
import type { FacetLabel, FacetLabels } from './search-names';

type Found = Awaited<ReturnType<typeof findSearchEntries>> & {
  /** False when the matches were sampled: counts are then estimates… */
  exact: boolean;
  /** …scaled up by this factor. */
  scale: number;
  suggestion: string | null;
  /** Set when nothing matched as typed and these are the corrected query's results. */
  resultsFor: string | null;
};

export type ToSearchResultOptions = {
  query: TSearchQuerySchema;
  /** Countries the query is the name or code of (shown before the other results). */
  countries: NamedCountry[];
  perPage: number;
  labels: FacetLabels;
  /** Null when the query has nothing to search for. */
  found: Found | null;
};

export type FacetCount<T> = { value: T; count: number };
export type LabelledFacetCount = FacetCount<string> & { label: string; labelLocale: AppLocale };
type Label = { label: string; labelLocale: AppLocale };

export type SearchResultItem = {
  type: TSearchEntityType;
  href: string;
  /** The language of the title and snippet shown. */
  locale: AppLocale;
  originalLocale: AppLocale;
  /** Document type, event kind or mechanism level. */
  subtype: string | null;
  date: Date | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR';
  /** Text with highlights between \u0001 and \u0002 (see HighlightedText). */
  title: string;
  /** The title's language: a mechanism's official name keeps its own. */
  titleLocale: AppLocale;
  /** A mechanism's name in the language shown, when its official name is in another. */
  translatedTitle: string | null;
  snippet: string;
  countries: Label[];
};

export type SearchResultCountry = {
  href: string;
  name: string;
  nameLocale: AppLocale;
  iso2: string;
  iso3: string;
};

export type SearchResult = {
  query: TSearchQuerySchema;
  /** Countries the query names, first on the first page (not counted in total). */
  countries: SearchResultCountry[];
  items: SearchResultItem[];
  total: number;
  /** True when total and facet counts are estimated from a sample of the matches. */
  approximate: boolean;
  page: number;
  pageCount: number;
  perPage: number;
  facets: {
    type: FacetCount<TSearchEntityType>[];
    theme: LabelledFacetCount[];
    country: LabelledFacetCount[];
    language: FacetCount<AppLocale>[];
    year: FacetCount<number>[];
  };
  /** "Did you mean": the query with misspelt names corrected. */
  suggestion: string | null;
  /** The corrected query whose results are shown, when the query as typed matched nothing. */
  resultsFor: string | null;
  /** Names of the theme and country filtered by, for the list of applied filters. */
  filterLabels: { theme?: Label; country?: Label };
};

const PATHS: Record<TSearchEntityType, string> = {
  document: '/documents',
  mechanism: '/mechanisms',
  event: '/events',
  recommendation: '/recommendations',
};

/** Estimates keep two significant digits: "about 12,000", not a precise-looking 12,346. */
const roughly = (value: number) => {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
};

// Ties in a stable order (by value), so equal counts list the same way on every instance.
const byCount = <T>(a: FacetCount<T>, b: FacetCount<T>) =>
  b.count - a.count || String(a.value).localeCompare(String(b.value));

/** The search result the page and the JSON endpoint show, from the database's answer. */
export const toSearchResult = ({
  query,
  countries,
  perPage,
  labels,
  found,
}: ToSearchResultOptions): SearchResult => {
  const byId = new Map<string, FacetLabel>(
    [...labels.themes, ...labels.countries].map((label) => [label.id, label]),
  );
  const empty: SearchResult = {
    query,
    countries:
      query.page === 1
        ? countries.map(({ slug, name, nameLocale, iso2, iso3 }) => ({
            href: `/countries/${slug}`,
            name,
            nameLocale,
            iso2,
            iso3,
          }))
        : [],
    items: [],
    total: 0,
    approximate: false,
    page: query.page,
    pageCount: 1,
    perPage,
    facets: { type: [], theme: [], country: [], language: [], year: [] },
    suggestion: null,
    resultsFor: null,
    filterLabels: {
      theme: labels.themes.find((label) => label.slug === query.theme),
      country: labels.countries.find((label) => label.slug === query.country),
    },
  };
  if (!found) return empty;

  const estimate = (count: number) => (found.exact ? count : roughly(count * found.scale));
  const counts = (values: Record<string, number> | null) =>
    Object.entries(values ?? {}).map(([value, count]) => ({ value, count: estimate(count) }));
  const labelled = (values: Record<string, number> | null): LabelledFacetCount[] =>
    counts(values).flatMap(({ value, count }) => {
      const label = byId.get(value);
      return label
        ? [{ value: label.slug, label: label.label, labelLocale: label.labelLocale, count }]
        : [];
    });

  const total = estimate(found.counted);
  const reachable = found.exact ? total : found.ranked;
  return {
    ...empty,
    items: (found.items ?? []).map((item) => ({
      type: item.entityType,
      href: `${PATHS[item.entityType]}/${item.slug}`,
      locale: item.locale,
      originalLocale: item.originalLocale,
      subtype: item.subtype,
      date: item.sortDate ? new Date(`${item.sortDate}T00:00:00Z`) : null,
      datePrecision: item.datePrecision ?? 'DAY',
      title: item.officialTitle ?? item.title,
      titleLocale: item.officialLocale ?? item.locale,
      translatedTitle: item.officialTitle ? item.title : null,
      snippet: item.snippet,
      countries: item.countryIds.flatMap((id) => {
        const label = byId.get(id);
        return label ? [{ label: label.label, labelLocale: label.labelLocale }] : [];
      }),
    })),
    total,
    approximate: !found.exact,
    pageCount: Math.min(SEARCH_MAX_PAGE, Math.max(1, Math.ceil(reachable / perPage))),
    facets: {
      type: (counts(found.types) as FacetCount<TSearchEntityType>[]).sort(byCount),
      theme: labelled(found.themes).sort(byCount),
      country: labelled(found.countries).sort(byCount),
      language: (counts(found.languages) as FacetCount<AppLocale>[]).sort(byCount),
      year: counts(found.years)
        .map(({ value, count }) => ({ value: Number(value), count }))
        .sort((a, b) => b.value - a.value),
    },
    suggestion: found.suggestion,
    resultsFor: found.resultsFor,
  };
};
