import { getLocale, getTranslations } from 'next-intl/server';

import { NpmDeadlineBadge } from '@/components/countries/npm-deadline-status';
import { NpmDeadlineSummary } from '@/components/countries/npm-deadline-summary';
import { OpcatMap } from '@/components/countries/opcat-map';
import { TreatyStanding } from '@/components/countries/treaty-standing';
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
      <th key={key} scope="col" aria-sort={ariaSort} className="px-3 py-2 text-left">
        <Link
          href={{ pathname: '/countries', query: { sort: key, dir: nextDir } }}
          className="underline-offset-2 hover:underline"
          title={t('sortBy', { column: t(label) })}
        >
          {t(label)}
          {active && (
            <>
              <span aria-hidden="true">{order.dir === 'asc' ? ' ▲' : ' ▼'}</span>
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-slate-600">{t('caption')}</caption>
          <thead className="bg-brand-50">
            <tr>{COLUMNS.map(sortHeader)}</tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country.slug} className="border-b border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-semibold">
                  <Link href={`/countries/${country.slug}`} className="text-brand-700 underline">
                    {country.name}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <TreatyStanding standing={country.cat} />
                </td>
                <td className="px-3 py-2">
                  <TreatyStanding standing={country.opcat} />
                </td>
                <td className="space-y-1 px-3 py-2">
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
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{tTreaty('explainer')}</p>
      <NpmDeadlineSummary summary={deadlines} />
    </div>
  );
};
