import { getTranslations } from 'next-intl/server';

import { type ActiveFilter, ActiveFilters } from '@/components/filters/active-filters';
import { ExportLinks } from '@/components/open-data/export-links';
import { Pagination } from '@/components/ui/pagination';
import { Link } from '@/i18n/link';
import { withoutKeys } from '@/lib/query-href';
import { SEARCH_FILTER_KEYS, type TSearchFilterKey } from '@/lib/validation/search';
import type { SearchResult as TSearchResult } from '@/server/search/to-search-result';

import { SearchCountries } from './search-countries';
import { SearchFacets } from './search-facets';
import { SearchForm } from './search-form';
import { searchHref } from './search-href';
import { SearchResult } from './search-result';

export type SearchViewProps =
  | { status: 'ok'; result: TSearchResult }
  /** The search failed (database unavailable): the form stays usable. */
  | { status: 'error'; q: string };

export const SearchView = async (props: SearchViewProps) => {
  const t = await getTranslations('SearchPage');
  const q = props.status === 'ok' ? props.result.query.q : props.q;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">
          {q ? t('titleWithQuery', { query: q }) : t('title')}
        </h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <SearchForm q={q} />
      </header>
      {props.status === 'error' ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">
          {t('error')}
        </p>
      ) : q === '' ? (
        <p>{t('emptyQuery')}</p>
      ) : (
        <Results result={props.result} />
      )}
    </div>
  );
};

const Results = async ({ result }: { result: TSearchResult }) => {
  const [t, tFallback] = await Promise.all([
    getTranslations('SearchPage'),
    getTranslations('Fallback'),
  ]);
  const { query, items, total, approximate, page, pageCount, perPage, suggestion, resultsFor } =
    result;
  const from = (page - 1) * perPage + 1;
  const toFilter = (key: TSearchFilterKey): ActiveFilter<TSearchFilterKey> => {
    const label = t('facetLabel', { facet: key });
    if (key === 'type') return { key, label, value: t('typeValue', { type: query.type ?? '' }) };
    if (key === 'language')
      return { key, label, value: tFallback('languageName', { locale: query.language ?? '' }) };
    if (key === 'year') return { key, label, value: String(query.year) };
    const name = result.filterLabels[key];
    return { key, label, value: name?.label ?? '', valueLocale: name?.labelLocale };
  };

  return (
    <>
      {suggestion && (
        <p className="text-lg">
          {t.rich('didYouMean', {
            suggestion,
            link: (chunks) => (
              <Link
                href={searchHref({ ...query, q: suggestion, page: 1 })}
                className="font-semibold text-brand-700 underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {resultsFor && (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
          {t('resultsForSuggestion', { query: query.q, suggestion: resultsFor })}
        </p>
      )}
      <div className={total > 0 ? 'grid grid-cols-1 gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]' : ''}>
        {total > 0 && (
          <aside>
            <SearchFacets result={result} />
          </aside>
        )}
        <section aria-labelledby="search-results" className="space-y-3">
          <h2 id="search-results" className="text-2xl font-semibold">
            {t('resultsHeading')}
          </h2>
          <SearchCountries countries={result.countries} />
          <p className="font-semibold">
            {approximate
              ? t('approximateCount', { count: total })
              : t('resultCount', { count: total })}
            {items.length > 0 && (total > items.length || page > 1) && (
              <span className="font-normal text-slate-700">
                {' '}
                {t('showing', { from, to: from + items.length - 1 })}
              </span>
            )}
          </p>
          <ActiveFilters
            id="active-search-filters"
            heading={t('activeFilters')}
            filters={SEARCH_FILTER_KEYS.filter((key) => query[key] !== undefined).map(toFilter)}
            hrefWithout={(keys) => searchHref(query, { ...withoutKeys(keys), page: 1 })}
            removeLabel={({ label, value }) => t('removeFilter', { facet: label, value })}
            clearAllLabel={t('clearAll')}
          />
          {total === 0 && (
            <div className="space-y-1">
              <p>{t('noResults', { query: query.q })}</p>
              <p className="text-slate-700">{t('noResultsHelp')}</p>
            </div>
          )}
          {items.length > 0 && (
            <ol className="divide-y divide-slate-200">
              {items.map((item) => (
                <li key={item.href}>
                  <SearchResult item={item} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            current={query.page}
            pageCount={pageCount}
            hrefFor={(page) => searchHref(query, { page })}
          />
          {approximate && page >= pageCount && (
            <p className="text-sm text-slate-700">
              {t('bestResultsOnly', { count: pageCount * perPage })}
            </p>
          )}
          {total > 0 && (
            <ExportLinks
              dataset="search"
              filters={{
                q: query.q,
                type: query.type,
                theme: query.theme,
                country: query.country,
                language: query.language,
                year: query.year,
              }}
            />
          )}
        </section>
      </div>
    </>
  );
};
