import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiEventListQuerySchema } from '@/lib/validation/open-data';
import { findEvents } from '@/server/events/find-events';
import { getEvent } from '@/server/events/get-event';
import type { EventSummary } from '@/server/summaries/to-event-summary';

import { apiUrl, pageUrl, toApiDate } from './api-urls';
import { itemBody, listBody } from './list-body';

export const toApiEvent = (event: EventSummary, lang: AppLocale) => ({
  slug: event.slug,
  kind: event.kind,
  title: event.title,
  summary: event.summary,
  organisers: event.organisers,
  // Title, summary and organisers come from one translation.
  languages: {
    title: event.shownLocale,
    summary: event.shownLocale,
    organisers: event.shownLocale,
  },
  originalLanguage: event.originalLocale,
  startsOn: toApiDate(event.startsOn)!,
  endsOn: toApiDate(event.endsOn),
  datePrecision: event.datePrecision,
  city: event.city,
  online: event.online,
  country: event.countrySlug ? { slug: event.countrySlug, name: event.countryName } : null,
  updatedAt: event.updatedAt.toISOString(),
  links: {
    self: apiUrl(`/events/${event.slug}`, { lang }),
    html: pageUrl(lang, `/events/${event.slug}`),
  },
});

/**
 * GET /api/v1/events: as on the events page, page 1 holds every upcoming event (soonest first)
 * then the latest past ones; further pages hold older past events.
 */
export const listApiEvents = async (query: z.output<typeof ZApiEventListQuerySchema>) => {
  const { lang, perPage, page, ...filters } = query;
  const calendar = await findEvents({
    locale: lang,
    filters: { ...filters, page },
    pastPageSize: perPage,
  });
  // The finder shows the last page for a page past it; the API answers an empty page instead.
  const past = calendar.filters.page === page ? calendar.past : [];
  const events = page === 1 ? [...calendar.upcoming, ...past] : past;
  return listBody({
    path: '/events',
    query,
    total: calendar.upcoming.length + calendar.pastCount,
    hasNext: page < calendar.pageCount,
    items: events.map((event) => toApiEvent(event, lang)),
  });
};

/** GET /api/v1/events/{slug}: one published event with its mechanisms and documents. */
export const getApiEvent = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const event = await getEvent({ slug, locale: lang });
  if (!event) return null;
  return itemBody(
    {
      ...toApiEvent(event, lang),
      mechanisms: event.mechanisms.map(({ slug, name }) => ({ slug, name })),
      documents: event.documents.map(({ slug, title }) => ({ slug, title })),
    },
    lang,
  );
};
