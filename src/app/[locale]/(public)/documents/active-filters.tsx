import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import { DOCUMENT_FILTER_KEYS, type TDocumentFilterKey } from '@/lib/validation/documents';
import type { DocumentFacets } from '@/server/documents/find-document-facets';

import { libraryHref, type LibraryQuery } from './library-href';

export type ActiveFiltersProps = { query: LibraryQuery; facets: DocumentFacets };

/** Each applied filter with a link that removes it, and one that removes them all. */
export const ActiveFilters = async ({ query, facets }: ActiveFiltersProps) => {
  const [t, tDocument, tFallback] = await Promise.all([
    getTranslations('LibraryPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
  ]);
  const valueOf = (key: TDocumentFilterKey): string => {
    if (key === 'theme') return facets.themes.find((o) => o.slug === query.theme)?.label ?? '';
    if (key === 'country')
      return facets.countries.find((o) => o.slug === query.country)?.label ?? '';
    if (key === 'mechanism')
      return facets.mechanisms.find((o) => o.slug === query.mechanism)?.label ?? '';
    if (key === 'type') return tDocument('typeLabel', { type: query.type ?? '' });
    if (key === 'language') return tFallback('languageName', { locale: query.language ?? '' });
    return String(query.year);
  };
  const active = DOCUMENT_FILTER_KEYS.filter((key) => query[key] !== undefined);
  if (active.length === 0) return null;

  const clearAll = Object.fromEntries(DOCUMENT_FILTER_KEYS.map((key) => [key, undefined]));
  return (
    <section aria-labelledby="active-filters" className="space-y-2">
      <h2 id="active-filters" className="text-sm font-semibold text-slate-700">
        {t('activeFilters')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {active.map((key) => {
          const filter = t('filterLabel', { filter: key });
          const value = valueOf(key);
          return (
            <li
              key={key}
              className="rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm"
            >
              <span>
                {filter}: <strong>{value}</strong>
              </span>{' '}
              <Link
                href={libraryHref(query, { [key]: undefined, page: 1 })}
                className="ml-1 text-brand-700 underline"
              >
                {t('clear')}
                <span className="sr-only"> {t('clearFilter', { filter, value })}</span>
              </Link>
            </li>
          );
        })}
        {active.length > 1 && (
          <li className="px-1 py-1 text-sm">
            <Link
              href={libraryHref(query, { ...clearAll, page: 1 })}
              className="text-brand-700 underline"
            >
              {t('clearAll')}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
};
