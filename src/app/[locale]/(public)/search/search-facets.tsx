import { getLocale, getTranslations } from 'next-intl/server';

import { RemoveFilterLink } from '@/components/filters/active-filters';
import { Link } from '@/i18n/link';
import {
  SEARCH_FILTER_KEYS,
  type TSearchFilterKey,
  type TSearchQuerySchema,
} from '@/lib/validation/search';
import type { SearchResult } from '@/server/search/to-search-result';

import { searchHref } from './search-href';

export type SearchFacetsProps = { result: SearchResult };

type FacetValue = { value: string; label: string; labelLocale?: string; count: number };

/** Facets as plain links with counts: filtering works without JavaScript, and every view has a URL. */
export const SearchFacets = async ({ result }: SearchFacetsProps) => {
  const [t, tFallback, locale] = await Promise.all([
    getTranslations('SearchPage'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const { query, facets, approximate } = result;
  const values: Record<TSearchFilterKey, FacetValue[]> = {
    type: facets.type.map((f) => ({ ...f, label: t('typeValue', { type: f.value }) })),
    theme: facets.theme,
    country: facets.country,
    language: facets.language.map((f) => ({
      ...f,
      label: tFallback('languageName', { locale: f.value }),
    })),
    year: facets.year.map((f) => ({
      value: String(f.value),
      label: String(f.value),
      count: f.count,
    })),
  };
  const shown = SEARCH_FILTER_KEYS.filter((key) => values[key].length > 0);
  if (shown.length === 0) return null;

  return (
    <nav aria-labelledby="search-facets" className="space-y-5">
      <h2 id="search-facets" className="text-lg font-semibold">
        {t('facetsHeading')}
      </h2>
      {shown.map((key) => {
        const facet = t('facetLabel', { facet: key });
        return (
          <section key={key} aria-labelledby={`facet-${key}`} className="space-y-1">
            <h3 id={`facet-${key}`} className="text-sm font-semibold text-slate-800">
              {facet}
            </h3>
            {/* The items' layout and the links' style (24 px tall, WCAG 2.5.8) set once on the
                list: a facet can have dozens of values, rendered at every search. */}
            <ul className="space-y-1 text-sm *:flex *:items-baseline *:justify-between *:gap-2 [&>li>a]:py-0.5 [&>li>a]:text-brand-700 [&>li>a]:underline">
              {values[key].map((option) => {
                const selected = String(query[key] ?? '') === option.value;
                const count = t('facetCount', {
                  approximate: String(approximate),
                  count: option.count,
                });
                // A name in another language is marked as such; the others are one text with
                // their count.
                const label =
                  option.labelLocale && option.labelLocale !== locale ? (
                    <>
                      <span lang={option.labelLocale}>{option.label}</span>
                      {` (${count})`}
                    </>
                  ) : (
                    `${option.label} (${count})`
                  );
                return (
                  <li key={option.value}>
                    {selected ? (
                      <>
                        <span className="font-semibold" aria-current="true">
                          {label}
                        </span>
                        <RemoveFilterLink
                          href={searchHref(query, { [key]: undefined, page: 1 })}
                          label={t('removeFilter', { facet, value: option.label })}
                          className="px-1"
                        />
                      </>
                    ) : (
                      <Link
                        href={searchHref(query, {
                          ...({
                            [key]: key === 'year' ? Number(option.value) : option.value,
                          } as Partial<TSearchQuerySchema>),
                          page: 1,
                        })}
                      >
                        {label}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
};
