import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { EVENT_CALENDAR_FILTER_KEYS, eventCalendarHref, eventListHref } from '@/lib/feed-hrefs';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { findEvents } from '@/server/events/find-events';
import { toAbsoluteUrl } from '@/server/feeds/to-absolute-url';
import { toEventFilterLabels } from '@/server/feeds/to-event-filter-labels';
import { toFeedTitle } from '@/server/feeds/to-feed-title';
import { loadIntl } from '@/server/i18n/load-intl';

import { addCalendarEvent } from './add-calendar-event';
import { createCalendar } from './create-calendar';

export type BuildEventsCalendarOptions = {
  locale: AppLocale;
  /** The events page's query: its country and kind apply; year and page do not. */
  query: TEventListQuerySchema;
  /** Injected by tests; defaults to the current day (UTC). */
  today?: Date;
};

/**
 * The subscribable iCalendar of every upcoming published event (those under way included), all
 * of them or one country's or kind's, in one language. Found by the events page's own function.
 */
export const buildEventsCalendar = async ({ locale, query, today }: BuildEventsCalendarOptions) => {
  const events = await findEvents({
    locale,
    filters: { country: query.country, kind: query.kind },
    today,
    // Past events are not wanted here: the smallest page of them.
    pastPageSize: 1,
  });
  const intl = loadIntl({ locale });
  const { t } = intl;
  const filters = toEventFilterLabels({ intl, events, keys: EVENT_CALENDAR_FILTER_KEYS });
  const calendar = createCalendar({
    locale,
    subscription: {
      name: toFeedTitle({ locale, list: t('Calendar.name'), filters }),
      description: t('Calendar.description'),
      pageUrl: toAbsoluteUrl({ href: eventListHref(events.filters), locale }),
      calendarUrl: toAbsoluteUrl({ href: eventCalendarHref(events.filters), locale }),
    },
  });
  for (const event of events.upcoming) addCalendarEvent({ calendar, event, locale, intl });
  return calendar.toString();
};
