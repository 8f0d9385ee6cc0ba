import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { mechanismDisplayName } from '@/components/mechanisms/mechanism-name';
import { getMechanism } from '@/server/mechanisms/get-mechanism';
import { findRecommendations } from '@/server/recommendations/find-recommendations';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { MechanismView } from './mechanism-view';

type MechanismPageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const loadMechanism = cache((slug: string, locale: Locale) => getMechanism({ slug, locale }));

export const generateMetadata = async ({ params }: MechanismPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const mechanism = await loadMechanism(slug, locale);
  if (!mechanism) return buildNotFoundMetadata(locale);
  const [t, tMechanism] = await Promise.all([
    getTranslations({ locale, namespace: 'MechanismPage' }),
    getTranslations({ locale, namespace: 'Sources' }),
  ]);
  return buildPageMetadata({
    locale,
    path: `/mechanisms/${mechanism.slug}`,
    title: mechanismDisplayName(mechanism, tMechanism),
    description: t('description', { level: mechanism.level, country: mechanism.country.name }),
  });
};

export default async function MechanismPage({ params }: MechanismPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const mechanism = await loadMechanism(slug, locale);
  if (!mechanism) notFound();
  const recommendations = await findRecommendations({ locale, query: {}, mechanismSlug: slug });
  return <MechanismView mechanism={mechanism} recommendations={recommendations} />;
}
