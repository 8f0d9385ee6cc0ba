import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { getOpcatOverview } from '@/server/countries/get-opcat-overview';
import { findLatestDocuments } from '@/server/documents/find-latest-documents';
import { findLatestEvents } from '@/server/events/find-latest-events';
import { findLatestNews } from '@/server/news/find-latest-news';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { HomeView } from './home-view';

type HomePageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: HomePageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const title = `${t('siteName')} – ${t('tagline')}`;
  return {
    ...buildPageMetadata({ locale, path: '/', title, description: t('description') }),
    // The site's name is already in it: no "| Prevenir" after it.
    title: { absolute: title },
  };
};

export default async function HomePage({ params }: HomePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [overview, documents, events, news] = await Promise.all([
    getOpcatOverview({ locale }),
    findLatestDocuments({ locale }),
    findLatestEvents({ locale }),
    findLatestNews({ locale }),
  ]);
  return <HomeView overview={overview} documents={documents} events={events} news={news} />;
}
