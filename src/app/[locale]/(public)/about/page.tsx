import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { getSiteOperator } from '@/server/site/get-site-operator';

import { AboutView } from './about-view';

type AboutPageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: AboutPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return buildPageMetadata({
    locale,
    path: '/about',
    title: t('title'),
    description: t('description'),
  });
};

export default async function AboutPage({ params }: AboutPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <AboutView operator={getSiteOperator()} />;
}
