import { getTranslations } from 'next-intl/server';

import { Pagination } from '@/components/ui/pagination';
import { Link } from '@/i18n/link';
import { DOCUMENT_FILTER_KEYS } from '@/lib/validation/documents';
import type { findDocuments } from '@/server/documents/find-documents';

import { ActiveFilters } from './active-filters';
import { DocumentResult } from './document-result';
import { LibraryFilters } from './library-filters';
import { libraryHref } from './library-href';

const CLEARED_FILTERS = Object.fromEntries(DOCUMENT_FILTER_KEYS.map((key) => [key, undefined]));

export type DocumentsViewProps = { result: Awaited<ReturnType<typeof findDocuments>> };

export const DocumentsView = async ({ result }: DocumentsViewProps) => {
  const t = await getTranslations('LibraryPage');
  const { items, total, page, pageCount, perPage, query, facets } = result;
  const filtered = DOCUMENT_FILTER_KEYS.some((key) => query[key] !== undefined);
  const beyondLastPage = total > 0 && page > pageCount;
  const from = (page - 1) * perPage + 1;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <LibraryFilters query={query} facets={facets} />
      <ActiveFilters query={query} facets={facets} />

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
        {total === 0 && !filtered && <p>{t('empty')}</p>}
        {total === 0 && filtered && (
          <p>
            {t('noResults')}{' '}
            <Link
              href={libraryHref(query, { ...CLEARED_FILTERS, page: 1 })}
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
    </div>
  );
};
