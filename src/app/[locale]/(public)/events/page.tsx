import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZEventListQuerySchema } from '@/lib/validation/events';
import type { TSearchParams } from '@/lib/validation/search-params';
import { findEvents } from '@/server/events/find-events';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { EventsView } from './events-view';

type EventsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({ params }: EventsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'EventsPage' });
  return buildPageMetadata({
    locale,
    path: '/events',
    title: t('title'),
    description: t('description'),
  });
};

export default async function EventsPage({ params, searchParams }: EventsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = ZEventListQuerySchema.parse(await searchParams);
  const calendar = await findEvents({ locale, filters });
  return <EventsView calendar={calendar} />;
}
