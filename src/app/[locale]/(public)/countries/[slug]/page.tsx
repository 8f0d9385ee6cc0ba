import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { treatyStandingKey } from '@/components/countries/treaty-standing-key';
import { ZRecommendationQuerySchema } from '@/lib/validation/recommendations';
import type { TSearchParams } from '@/lib/validation/search-params';
import { getCountry } from '@/server/countries/get-country';
import { findRecommendations } from '@/server/recommendations/find-recommendations';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { CountryView } from './country-view';

type CountryPageProps = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<TSearchParams>;
};

// Metadata and page share one query per request.
const loadCountry = cache((slug: string, locale: Locale) => getCountry({ slug, locale }));

export const generateMetadata = async ({ params }: CountryPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const country = await loadCountry(slug, locale);
  if (!country) return buildNotFoundMetadata(locale);
  const [t, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'CountryPage' }),
    getTranslations({ locale, namespace: 'TreatyStatus' }),
  ]);
  const mechanism = country.nationalMechanism?.name;
  return buildPageMetadata({
    locale,
    path: `/countries/${country.slug}`,
    title: country.name,
    description: t('metaDescription', {
      country: country.name,
      standing: tStatus(treatyStandingKey(country.opcat)),
      hasMechanism: mechanism ? 'yes' : 'no',
      mechanism: mechanism ?? '',
    }),
  });
};

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const country = await loadCountry(slug, locale);
  if (!country) notFound();
  const query = ZRecommendationQuerySchema.omit({ country: true }).parse(await searchParams);
  const recommendations = await findRecommendations({
    locale,
    query: { ...query, country: country.slug },
  });
  return <CountryView country={country} recommendations={recommendations} query={query} />;
}
