import { getLocale, getTranslations } from 'next-intl/server';

import { NpmDeadlineBadge } from '@/components/countries/npm-deadline-status';
import { NpmDeadlineSummary } from '@/components/countries/npm-deadline-summary';
import { OpcatMap } from '@/components/countries/opcat-map';
import { TreatyStanding } from '@/components/countries/treaty-standing';
import { ExportLinks } from '@/components/open-data/export-links';
import { Link } from '@/i18n/link';
import type { TCountryListQuerySchema, TCountrySortKey } from '@/lib/validation/countries';
import { summarizeNpmDeadlines } from '@/server/countries/summarize-npm-deadlines';
import type { CountrySummary } from '@/server/countries/to-country-summary';

export type CountriesViewProps = {
  countries: CountrySummary[];
  order: TCountryListQuerySchema;
};

const COLUMNS: { key: TCountrySortKey; label: 'country' | 'cat' | 'opcat' | 'npm' }[] = [
  { key: 'name', label: 'country' },
  { key: 'cat', label: 'cat' },
  { key: 'opcat', label: 'opcat' },
  { key: 'npm', label: 'npm' },
];

/**
 * Where rows are stacked, each value shows its column's name above it: generated content from
 * data-label, so no part of the cell's text, and with empty alternative text (after the slash)
 * so that screen readers, which name the cell by its column header, do not say it twice.
 */
const STACKED_LABEL =
  "before:mb-1 before:block before:text-xs before:font-semibold before:text-slate-600 before:[content:attr(data-label)_/_''] md:before:hidden";

export const CountriesView = async ({ countries, order }: CountriesViewProps) => {
  const [t, tTreaty, locale] = await Promise.all([
    getTranslations('CountriesPage'),
    getTranslations('TreatyStatus'),
    getLocale(),
  ]);
  // The summary names States alphabetically, whatever the table's order.
  const collator = new Intl.Collator(locale);
  const deadlines = summarizeNpmDeadlines(
    [...countries].sort((a, b) => collator.compare(a.name, b.name)),
  );

  const sortHeader = ({ key, label }: (typeof COLUMNS)[number]) => {
    const active = order.sort === key;
    const nextDir = active && order.dir === 'asc' ? 'desc' : 'asc';
    const ariaSort = active ? (order.dir === 'asc' ? 'ascending' : 'descending') : undefined;
    return (
      <th
        key={key}
        scope="col"
        role="columnheader"
        aria-sort={ariaSort}
        className="block text-left md:table-cell md:px-3 md:py-2"
      >
        <Link
          href={{ pathname: '/countries', query: { sort: key, dir: nextDir } }}
          // A button-sized target (WCAG 2.5.8) in the row of sort links phones get.
          className="inline-flex min-h-6 items-center gap-1 rounded border border-brand-700 bg-white px-2 py-0.5 underline-offset-2 hover:underline md:border-0 md:bg-transparent md:p-0"
          title={t('sortBy', { column: t(label) })}
        >
          {t(label)}
          {active && (
            <>
              <span aria-hidden="true">{order.dir === 'asc' ? '▲' : '▼'}</span>
              <span className="sr-only">
                {' '}
                ({order.dir === 'asc' ? t('sortAscending') : t('sortDescending')})
              </span>
            </>
          )}
        </Link>
      </th>
    );
  };

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      <OpcatMap countries={countries} listCountries={false} />
      {/*
        A table from md up; below, each row is a card (State, then CAT and OPCAT side by side, then
        the NPM) under a row of sort links, so no column is ever off-screen. The explicit roles
        keep the table's semantics where a browser drops them for display: block or grid.
      */}
      <table role="table" className="block w-full border-collapse text-sm md:table">
        <caption className="mb-2 block text-left text-slate-600 md:table-caption">
          {t('caption')}
        </caption>
        <thead role="rowgroup" className="block md:table-header-group md:bg-brand-50">
          <tr role="row" className="flex flex-wrap gap-2 md:table-row">
            {COLUMNS.map(sortHeader)}
          </tr>
        </thead>
        <tbody role="rowgroup" className="mt-4 block space-y-3 md:table-row-group">
          {countries.map((country) => (
            <tr
              key={country.slug}
              role="row"
              className="grid grid-cols-2 gap-x-4 gap-y-3 rounded-lg border border-slate-200 p-3 align-top md:table-row md:rounded-none md:border-0 md:border-b md:p-0"
            >
              <th
                scope="row"
                role="rowheader"
                className="col-span-2 block text-left text-base font-semibold md:table-cell md:px-3 md:py-2 md:text-sm"
              >
                <Link href={`/countries/${country.slug}`} className="text-brand-700 underline">
                  {country.name}
                </Link>
              </th>
              <td
                role="cell"
                data-label={t('cat')}
                className={`block min-w-0 md:table-cell md:px-3 md:py-2 ${STACKED_LABEL}`}
              >
                <TreatyStanding standing={country.cat} />
              </td>
              <td
                role="cell"
                data-label={t('opcat')}
                className={`block min-w-0 md:table-cell md:px-3 md:py-2 ${STACKED_LABEL}`}
              >
                <TreatyStanding standing={country.opcat} />
              </td>
              <td
                role="cell"
                data-label={t('npm')}
                className={`col-span-2 block min-w-0 space-y-1 md:table-cell md:px-3 md:py-2 ${STACKED_LABEL}`}
              >
                <div>
                  {country.npm?.name ? (
                    <span lang={country.npm.name.shownLocale}>{country.npm.name.name}</span>
                  ) : (
                    <span className="text-slate-600">{t('noNpm')}</span>
                  )}
                </div>
                <div>
                  <NpmDeadlineBadge status={country.deadlineStatus} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="max-w-3xl text-sm text-slate-600">{tTreaty('explainer')}</p>
      <NpmDeadlineSummary summary={deadlines} />
      <ExportLinks dataset="countries" filters={{ sort: order.sort, dir: order.dir }} />
    </div>
  );
};
