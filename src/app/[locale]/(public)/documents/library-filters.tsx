import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { DocumentType } from '@/generated/prisma/enums';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { DOCUMENT_SORT_KEYS, type TDocumentFilterKey } from '@/lib/validation/documents';
import type { DocumentFacetOption, DocumentFacets } from '@/server/documents/find-document-facets';

import type { LibraryQuery } from './library-href';

export type LibraryFiltersProps = { query: LibraryQuery; facets: DocumentFacets };

const FIELD_CLASS = 'w-full rounded border border-slate-500 bg-white px-2 py-1.5 text-slate-900';

const Field = ({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) => (
  <div className="space-y-1">
    <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
      {label}
    </label>
    {children}
    {hint && (
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
    )}
  </div>
);

const optionsOf = (options: DocumentFacetOption[], locale: string) =>
  options.map((option) => (
    <option
      key={option.slug}
      value={option.slug}
      lang={option.labelLocale !== locale ? option.labelLocale : undefined}
    >
      {option.label}
    </option>
  ));

/** A plain GET form: filtering works without JavaScript and every result has its own URL. */
export const LibraryFilters = async ({ query, facets }: LibraryFiltersProps) => {
  const [t, tDocument, tFallback, locale] = await Promise.all([
    getTranslations('LibraryPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const label = (filter: TDocumentFilterKey) => t('filterLabel', { filter });
  const any = (filter: TDocumentFilterKey) => (
    <option value="">{t('anyOption', { filter })}</option>
  );
  // Mechanisms grouped by country (options arrive sorted by country, then name).
  const mechanismGroups = new Map<string, DocumentFacetOption[]>();
  for (const option of facets.mechanisms) {
    const group = option.group ?? '';
    mechanismGroups.set(group, [...(mechanismGroups.get(group) ?? []), option]);
  }
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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="filter-theme" label={label('theme')}>
          <select
            id="filter-theme"
            name="theme"
            defaultValue={query.theme ?? ''}
            className={FIELD_CLASS}
          >
            {any('theme')}
            {optionsOf(facets.themes, locale)}
          </select>
        </Field>
        <Field id="filter-country" label={label('country')}>
          <select
            id="filter-country"
            name="country"
            defaultValue={query.country ?? ''}
            className={FIELD_CLASS}
          >
            {any('country')}
            {optionsOf(facets.countries, locale)}
          </select>
        </Field>
        <Field id="filter-mechanism" label={label('mechanism')}>
          <select
            id="filter-mechanism"
            name="mechanism"
            defaultValue={query.mechanism ?? ''}
            className={FIELD_CLASS}
          >
            {any('mechanism')}
            {[...mechanismGroups].map(([group, options]) => (
              <optgroup key={group} label={group}>
                {optionsOf(options, locale)}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="filter-type" label={label('type')}>
          <select
            id="filter-type"
            name="type"
            defaultValue={query.type ?? ''}
            className={FIELD_CLASS}
          >
            {any('type')}
            {Object.values(DocumentType).map((type) => (
              <option key={type} value={type}>
                {tDocument('typeLabel', { type })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-language" label={label('language')} hint={t('languageHint')}>
          <select
            id="filter-language"
            name="language"
            defaultValue={query.language ?? ''}
            aria-describedby="filter-language-hint"
            className={FIELD_CLASS}
          >
            {any('language')}
            {routing.locales.map((language) => (
              <option key={language} value={language}>
                {tFallback('languageName', { locale: language })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-year" label={label('year')}>
          <select
            id="filter-year"
            name="year"
            defaultValue={query.year ?? ''}
            className={FIELD_CLASS}
          >
            {any('year')}
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-sort" label={t('sortLabel')}>
          <select id="filter-sort" name="sort" defaultValue={query.sort} className={FIELD_CLASS}>
            {DOCUMENT_SORT_KEYS.map((sort) => (
              <option key={sort} value={sort}>
                {t('sortOption', { sort })}
              </option>
            ))}
          </select>
        </Field>
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
