import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { getDataDownload } from '@/server/data-download/get-data-download';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { getDataLicence } from '@/server/site/get-data-licence';

import { DataView } from './data-view';

type DataPageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: DataPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'DataPage' });
  return buildPageMetadata({
    locale,
    path: '/data',
    title: t('title'),
    description: t('description'),
  });
};

export default async function DataPage({ params }: DataPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DataView locale={locale} licence={getDataLicence()} download={await getDataDownload()} />;
}
