import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import { SEARCH_FILTER_KEYS, type TSearchFilterKey } from '@/lib/validation/search';
import type { SearchResult } from '@/server/search/to-search-result';

import { searchHref } from './search-href';

export type ActiveSearchFiltersProps = { result: SearchResult };

const CLEARED = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, undefined]));

/** Each applied filter with a link that removes it, even when it leaves nothing to show. */
export const ActiveSearchFilters = async ({ result }: ActiveSearchFiltersProps) => {
  const [t, tFallback, locale] = await Promise.all([
    getTranslations('SearchPage'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const { query, filterLabels } = result;
  const active = SEARCH_FILTER_KEYS.filter((key) => query[key] !== undefined);
  if (active.length === 0) return null;

  const valueOf = (key: TSearchFilterKey): { text: string; lang?: string } => {
    if (key === 'type') return { text: t('typeValue', { type: query.type ?? '' }) };
    if (key === 'language')
      return { text: tFallback('languageName', { locale: query.language ?? '' }) };
    if (key === 'year') return { text: String(query.year) };
    const label = filterLabels[key];
    return {
      text: label?.label ?? '',
      lang: label && label.labelLocale !== locale ? label.labelLocale : undefined,
    };
  };

  return (
    <section aria-labelledby="active-search-filters" className="space-y-2">
      <h2 id="active-search-filters" className="text-sm font-semibold text-slate-700">
        {t('activeFilters')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {active.map((key) => {
          const facet = t('facetLabel', { facet: key });
          const value = valueOf(key);
          return (
            <li
              key={key}
              className="rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm"
            >
              {facet}: <strong lang={value.lang}>{value.text}</strong>{' '}
              <Link
                href={searchHref(query, { [key]: undefined, page: 1 })}
                className="ml-1 text-brand-700 underline"
              >
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t('removeFilter', { facet, value: value.text })}</span>
              </Link>
            </li>
          );
        })}
        {active.length > 1 && (
          <li className="px-1 py-1 text-sm">
            <Link
              href={searchHref(query, { ...CLEARED, page: 1 })}
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
