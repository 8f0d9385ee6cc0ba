import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { env } from '@/env';
import { describeEndpoints } from '@/server/open-data/describe-endpoints';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { getDataLicence } from '@/server/site/get-data-licence';

import { ApiReferenceView } from './api-reference-view';

type ApiReferencePageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: ApiReferencePageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ApiReferencePage' });
  return buildPageMetadata({
    locale,
    path: '/data/api',
    title: t('title'),
    description: t('description'),
  });
};

export default async function ApiReferencePage({ params }: ApiReferencePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ApiReferenceView
      licence={getDataLicence()}
      endpoints={describeEndpoints()}
      baseUrl={new URL('/api/v1', env.SITE_URL).toString()}
      rateLimit={env.API_RATE_LIMIT}
    />
  );
}
