import 'server-only';

import ical, { ICalCalendarMethod } from 'ical-generator';

import type { AppLocale } from '@/i18n/routing';

export type CreateCalendarOptions = {
  locale: AppLocale;
  /** For a subscribable calendar: its name, description, page and own URL. */
  subscription?: { name: string; description: string; pageUrl: string; calendarUrl: string };
};

/** How often subscribers should fetch a calendar again. */
const REFRESH_SECONDS = 6 * 60 * 60;

/**
 * An empty iCalendar (RFC 5545) of the site. Events are all-day dates without a time zone (see
 * addCalendarEvent), so the calendar declares none: each date is the same day everywhere.
 */
export const createCalendar = ({ locale, subscription }: CreateCalendarOptions) =>
  ical({
    prodId: { company: 'Prevenir', product: 'Prevenir', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ...(subscription && {
      name: subscription.name,
      description: subscription.description,
      url: subscription.pageUrl,
      source: subscription.calendarUrl,
      ttl: REFRESH_SECONDS,
    }),
  });
