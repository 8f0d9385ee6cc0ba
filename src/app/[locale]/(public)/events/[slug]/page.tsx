import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { getEvent } from '@/server/events/get-event';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { toMetaDescription } from '@/server/seo/to-meta-description';

import { EventView } from './event-view';

type EventPageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const loadEvent = cache((slug: string, locale: Locale) => getEvent({ slug, locale }));

export const generateMetadata = async ({ params }: EventPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const event = await loadEvent(slug, locale);
  if (!event) return buildNotFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'Event' });
  return buildPageMetadata({
    locale,
    path: `/events/${event.slug}`,
    title: event.title,
    description:
      toMetaDescription(event.summary) || `${t('kindLabel', { kind: event.kind })}: ${event.title}`,
  });
};

export default async function EventPage({ params }: EventPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await loadEvent(slug, locale);
  if (!event) notFound();
  return <EventView event={event} />;
}
