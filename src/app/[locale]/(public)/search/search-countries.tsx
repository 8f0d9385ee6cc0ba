import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { SearchResultCountry } from '@/server/search/to-search-result';

export type SearchCountriesProps = { countries: SearchResultCountry[] };

/** The countries a query names, before the other results: their page is likely what is wanted. */
export const SearchCountries = async ({ countries }: SearchCountriesProps) => {
  const [t, locale] = await Promise.all([getTranslations('SearchPage'), getLocale()]);
  if (countries.length === 0) return null;
  return (
    <ul aria-label={t('countriesHeading')} className="space-y-2">
      {countries.map((country) => (
        <li key={country.href} className="rounded border border-brand-100 bg-brand-50 px-3 py-2">
          <p className="text-sm text-slate-700">
            <span className="rounded bg-white px-1.5 py-0.5 text-xs font-semibold text-brand-900">
              {t('countryLabel')}
            </span>{' '}
            {t('countryCodes', { iso2: country.iso2, iso3: country.iso3 })}
          </p>
          <p className="text-lg font-semibold">
            <Link
              href={country.href}
              className="text-brand-700 underline"
              lang={country.nameLocale !== locale ? country.nameLocale : undefined}
            >
              {country.name}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
};
