import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { eventCalendarHref, eventFeedHref } from '@/lib/feed-hrefs';
import { ZEventListQuerySchema } from '@/lib/validation/events';
import type { TSearchParams } from '@/lib/validation/search-params';
import { findEvents } from '@/server/events/find-events';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { EventsView } from './events-view';

type EventsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({
  params,
  searchParams,
}: EventsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const filters = ZEventListQuerySchema.parse(await searchParams);
  const [t, tFeeds] = await Promise.all([
    getTranslations({ locale, namespace: 'EventsPage' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ]);
  return buildPageMetadata({
    locale,
    path: '/events',
    title: t('title'),
    description: t('description'),
    // Autodiscovery of this very list's feed and calendar: same filters.
    feeds: [
      { type: 'application/atom+xml', href: eventFeedHref(filters), title: tFeeds('eventsFeed') },
      { type: 'text/calendar', href: eventCalendarHref(filters), title: tFeeds('calendar') },
    ],
  });
};

export default async function EventsPage({ params, searchParams }: EventsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = ZEventListQuerySchema.parse(await searchParams);
  const calendar = await findEvents({ locale, filters });
  return <EventsView calendar={calendar} />;
}
