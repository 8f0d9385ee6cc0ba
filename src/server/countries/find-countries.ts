import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TCountryListQuerySchema } from '@/lib/validation/countries';
import { prisma } from '@/server/db';

import { type CountrySummary, countrySummarySelect, toCountrySummary } from './to-country-summary';

export type FindCountriesOptions = {
  locale: AppLocale;
  order?: TCountryListQuerySchema;
};

const sortValue = (country: CountrySummary, key: TCountryListQuerySchema['sort']) => {
  switch (key) {
    case 'cat':
      return country.catRatifiedOn?.getTime() ?? null;
    case 'opcat':
      return country.opcatRatifiedOn?.getTime() ?? null;
    case 'npm':
      return country.npm ? 1 : 0;
    default:
      return null;
  }
};

/** Published countries, ordered by name in the visitor's language unless asked otherwise. */
export const findCountries = async ({
  locale,
  order = { sort: 'name', dir: 'asc' },
}: FindCountriesOptions): Promise<CountrySummary[]> => {
  const rows = await prisma.country.findMany({
    where: { status: 'PUBLISHED' },
    select: countrySummarySelect,
  });
  const collator = new Intl.Collator(locale);
  const byName = (a: CountrySummary, b: CountrySummary) => collator.compare(a.name, b.name);
  const countries = rows.map((row) => toCountrySummary(row, locale)).sort(byName);
  if (order.sort === 'name') return order.dir === 'asc' ? countries : countries.reverse();

  const direction = order.dir === 'asc' ? 1 : -1;
  // Unknown dates always go last, whatever the direction, so they never pose as the earliest.
  return countries.sort((a, b) => {
    const left = sortValue(a, order.sort);
    const right = sortValue(b, order.sort);
    if (left === right) return byName(a, b);
    if (left === null) return 1;
    if (right === null) return -1;
    return (left - right) * direction;
  });
};
