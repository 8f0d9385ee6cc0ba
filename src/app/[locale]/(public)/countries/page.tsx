import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZCountryListQuerySchema } from '@/lib/validation/countries';
import { findCountries } from '@/server/countries/find-countries';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { CountriesView } from './countries-view';

type CountriesPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: CountriesPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'CountriesPage' });
  const countries = await findCountries({ locale });
  return buildPageMetadata({
    locale,
    path: '/countries',
    title: t('title'),
    description: t('description', { count: countries.length }),
  });
};

export default async function CountriesPage({ params, searchParams }: CountriesPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const order = ZCountryListQuerySchema.parse(await searchParams);
  const countries = await findCountries({ locale, order });
  return <CountriesView countries={countries} order={order} />;
}
