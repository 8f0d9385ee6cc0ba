import { getLocale, getTranslations } from 'next-intl/server';

import {
  type FilterOption,
  type FilterOptionGroup,
  FilterSelect,
} from '@/components/filters/filter-form';
import { DocumentType } from '@/generated/prisma/enums';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { DOCUMENT_SORT_KEYS, type TDocumentFilterKey } from '@/lib/validation/documents';
import type { DocumentFacetOption, DocumentFacets } from '@/server/documents/find-document-facets';

import type { LibraryQuery } from './library-href';

export type LibraryFiltersProps = { query: LibraryQuery; facets: DocumentFacets };

const toOption = ({ slug, label, labelLocale }: DocumentFacetOption): FilterOption => ({
  value: slug,
  label,
  labelLocale,
});

/** A plain GET form: filtering works without JavaScript and every result has its own URL. */
export const LibraryFilters = async ({ query, facets }: LibraryFiltersProps) => {
  const [t, tDocument, tFallback, locale] = await Promise.all([
    getTranslations('LibraryPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const select = (filter: TDocumentFilterKey) => ({
    name: filter,
    label: t('filterLabel', { filter }),
    value: query[filter],
    allOption: t('anyOption', { filter }),
  });
  // Mechanisms grouped by country (options arrive sorted by country, then name).
  const mechanismGroups = new Map<string, FilterOption[]>();
  for (const option of facets.mechanisms) {
    const group = option.group ?? '';
    mechanismGroups.set(group, [...(mechanismGroups.get(group) ?? []), toOption(option)]);
  }
  const mechanisms = [...mechanismGroups].map(([group, options]): FilterOptionGroup => ({
    group,
    options,
  }));
  // A valid year without documents stays selectable, so the form shows the active filter.
  const years =
    query.year && !facets.years.includes(query.year)
      ? [...facets.years, query.year].sort((a, b) => b - a)
      : facets.years;

  return (
    <form
      // Remounted when the query changes, so after following a link the selects show the new filters.
      key={JSON.stringify(query)}
      method="get"
      action={getPathname({ href: '/documents', locale })}
      aria-labelledby="library-filters"
      className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="library-filters" className="text-lg font-semibold">
        {t('filtersHeading')}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect {...select('theme')} options={facets.themes.map(toOption)} />
        <FilterSelect {...select('country')} options={facets.countries.map(toOption)} />
        <FilterSelect {...select('mechanism')} options={mechanisms} />
        <FilterSelect
          {...select('type')}
          options={Object.values(DocumentType).map((type) => ({
            value: type,
            label: tDocument('typeLabel', { type }),
          }))}
        />
        <FilterSelect
          {...select('language')}
          hint={t('languageHint')}
          options={routing.locales.map((language) => ({
            value: language,
            label: tFallback('languageName', { locale: language }),
          }))}
        />
        <FilterSelect
          {...select('year')}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
        />
        <FilterSelect
          name="sort"
          label={t('sortLabel')}
          value={query.sort}
          allOption={null}
          options={DOCUMENT_SORT_KEYS.map((sort) => ({
            value: sort,
            label: t('sortOption', { sort }),
          }))}
        />
        <div className="flex items-end">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t('apply')}
          </button>
        </div>
      </div>
    </form>
  );
};
