import { getTranslations } from 'next-intl/server';

import { SubscribeLinks } from '@/components/feeds/subscribe-links';
import { type ActiveFilter, ActiveFilters } from '@/components/filters/active-filters';
import { ExportLinks } from '@/components/open-data/export-links';
import { Pagination } from '@/components/ui/pagination';
import { Link } from '@/i18n/link';
import { documentFeedHref } from '@/lib/feed-hrefs';
import { withoutKeys } from '@/lib/query-href';
import { DOCUMENT_FILTER_KEYS, type TDocumentFilterKey } from '@/lib/validation/documents';
import type { findDocuments } from '@/server/documents/find-documents';

import { DocumentResult } from './document-result';
import { LibraryFilters } from './library-filters';
import { libraryHref } from './library-href';

export type DocumentsViewProps = { result: Awaited<ReturnType<typeof findDocuments>> };

export const DocumentsView = async ({ result }: DocumentsViewProps) => {
  const [t, tDocument, tFallback, tFeeds] = await Promise.all([
    getTranslations('LibraryPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
    getTranslations('Feeds'),
  ]);
  const { items, total, page, pageCount, perPage, query, facets } = result;
  const named = { theme: facets.themes, country: facets.countries, mechanism: facets.mechanisms };
  const toFilter = (key: TDocumentFilterKey): ActiveFilter<TDocumentFilterKey> => {
    const label = t('filterLabel', { filter: key });
    if (key === 'type')
      return { key, label, value: tDocument('typeLabel', { type: query.type ?? '' }) };
    if (key === 'language')
      return { key, label, value: tFallback('languageName', { locale: query.language ?? '' }) };
    if (key === 'year') return { key, label, value: String(query.year) };
    const option = named[key].find(({ slug }) => slug === query[key]);
    return { key, label, value: option?.label ?? '', valueLocale: option?.labelLocale };
  };
  const filters = DOCUMENT_FILTER_KEYS.filter((key) => query[key] !== undefined).map(toFilter);
  const hrefWithout = (keys: TDocumentFilterKey[]) =>
    libraryHref(query, { ...withoutKeys(keys), page: 1 });
  const beyondLastPage = total > 0 && page > pageCount;
  const from = (page - 1) * perPage + 1;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <LibraryFilters query={query} facets={facets} />
      <ActiveFilters
        id="active-filters"
        heading={t('activeFilters')}
        filters={filters}
        hrefWithout={hrefWithout}
        removeMark={t('clear')}
        removeLabel={({ label, value }) => t('clearFilter', { filter: label, value })}
        clearAllLabel={t('clearAll')}
      />

      <section aria-labelledby="library-results" className="space-y-3">
        <h2 id="library-results" className="text-2xl font-semibold">
          {t('resultsHeading')}
        </h2>
        <p className="font-semibold">
          {t('resultCount', { count: total })}
          {items.length > 0 && total > items.length && (
            <span className="font-normal text-slate-700">
              {' '}
              {t('showing', { from, to: from + items.length - 1, total })}
            </span>
          )}
        </p>

        {beyondLastPage && (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">
            {t('pageOutOfRange', { page, pageCount })}{' '}
            <Link
              href={libraryHref(query, { page: pageCount })}
              className="text-brand-700 underline"
            >
              {t('goToLastPage')}
            </Link>
          </p>
        )}
        {total === 0 && filters.length === 0 && <p>{t('empty')}</p>}
        {total === 0 && filters.length > 0 && (
          <p>
            {t('noResults')}{' '}
            <Link
              href={hrefWithout(filters.map((filter) => filter.key))}
              className="text-brand-700 underline"
            >
              {t('clearAll')}
            </Link>
          </p>
        )}

        {items.length > 0 && (
          <ul className="divide-y divide-slate-200">
            {items.map((document) => (
              <li key={document.slug}>
                <DocumentResult document={document} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          current={query.page}
          pageCount={pageCount}
          hrefFor={(page) => libraryHref(query, { page })}
        />
      </section>

      <SubscribeLinks
        links={[
          {
            href: documentFeedHref(query),
            label: tFeeds('documentsFeed'),
            type: 'application/atom+xml',
          },
        ]}
      />
      <ExportLinks
        dataset="documents"
        filters={{
          theme: query.theme,
          country: query.country,
          mechanism: query.mechanism,
          type: query.type,
          language: query.language,
          year: query.year,
          sort: query.sort,
        }}
      />
    </div>
  );
};
