import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { eventFeedHref, eventListHref } from '@/lib/feed-hrefs';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { findEvents } from '@/server/events/find-events';
import { loadIntl } from '@/server/i18n/load-intl';

import { buildAtomFeed } from './build-atom-feed';
import { FEED_SIZE } from './feed-size';
import { formatEventPlace } from './format-event-place';
import { formatEventWhen } from './format-event-when';
import { toAbsoluteUrl } from './to-absolute-url';
import { toEntryId } from './to-entry-id';
import { toEventFilterLabels } from './to-event-filter-labels';
import { toFeedTitle } from './to-feed-title';

export type BuildEventFeedOptions = {
  locale: AppLocale;
  /** The events page's query; its filters apply, its page does not. */
  query: TEventListQuerySchema;
  /** Injected by tests; defaults to the current day (UTC). */
  today?: Date;
};

/**
 * The events' Atom feed in one language: every upcoming event matching the events page's filters
 * (soonest first, those under way included) and the latest past ones, found by the same function
 * as the page. Each entry says when and where before its summary.
 */
export const buildEventFeed = async ({ locale, query, today }: BuildEventFeedOptions) => {
  const { upcoming, past, countries, filters } = await findEvents({
    locale,
    filters: { ...query, page: 1 },
    today,
    pastPageSize: FEED_SIZE,
  });
  const intl = loadIntl({ locale });
  const { t } = intl;
  const applied = toEventFilterLabels({ intl, events: { filters, countries } });

  return buildAtomFeed({
    locale,
    title: toFeedTitle({ locale, list: t('EventsPage.title'), filters: applied }),
    subtitle: t('EventsPage.description'),
    pageUrl: toAbsoluteUrl({ href: eventListHref(filters), locale }),
    feedUrl: toAbsoluteUrl({ href: eventFeedHref(filters), locale }),
    siteUrl: toAbsoluteUrl({ href: '/', locale }),
    entries: [...upcoming, ...past].map((event) => ({
      id: toEntryId({ type: 'events', slug: event.slug, locale }),
      url: toAbsoluteUrl({ href: `/events/${event.slug}`, locale }),
      title: event.title,
      summary: event.summary,
      details: [
        [formatEventWhen({ intl, event }), formatEventPlace({ intl, event })]
          .filter(Boolean)
          .join(' · '),
      ],
      lang: event.shownLocale,
      // No `published`: the schema keeps no date of first publication, and the event's own
      // dates are not one (they are in the details line instead).
      updated: event.updatedAt,
      categories: [{ term: event.kind, label: t('Event.kindLabel', { kind: event.kind }) }],
    })),
  });
};
