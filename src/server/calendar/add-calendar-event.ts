import 'server-only';

import type { ICalCalendar } from 'ical-generator';

import type { AppLocale } from '@/i18n/routing';
import { toAbsoluteUrl } from '@/server/feeds/to-absolute-url';
import type { LoadedIntl } from '@/server/i18n/load-intl';
import type { EventSummary } from '@/server/summaries/to-event-summary';

const DAY_MS = 24 * 60 * 60 * 1000;

export type AddCalendarEventOptions = {
  calendar: ICalCalendar;
  event: EventSummary;
  locale: AppLocale;
  intl: LoadedIntl;
};

/**
 * Adds a day-precise event as an all-day VEVENT. Its UID is the same in the event's own .ics and
 * in every subscribed calendar, so a calendar app holding both keeps one entry; SEQUENCE follows
 * the event's version. Month- or year-precise events have no days to put in a calendar: skipped.
 */
export const addCalendarEvent = ({ calendar, event, locale, intl }: AddCalendarEventOptions) => {
  if (event.datePrecision !== 'DAY') return false;
  const pageUrl = toAbsoluteUrl({ href: `/events/${event.slug}`, locale });
  calendar.createEvent({
    id: `event-${event.slug}@${new URL(pageUrl).hostname}`,
    sequence: event.version - 1,
    allDay: true,
    start: event.startsOn,
    // All-day DTEND is exclusive: the day after the last day.
    end: new Date((event.endsOn ?? event.startsOn).getTime() + DAY_MS),
    summary: event.title,
    description: [event.summary, pageUrl].filter(Boolean).join('\n\n'),
    location: [event.city, event.countryName].filter(Boolean).join(', ') || null,
    url: pageUrl,
    categories: [{ name: intl.t('Event.kindLabel', { kind: event.kind }) }],
    lastModified: event.updatedAt,
  });
  return true;
};
