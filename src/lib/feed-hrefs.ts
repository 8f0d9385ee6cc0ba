import type { Href } from '@/i18n/navigation';
import { DOCUMENT_FILTER_KEYS, type TDocumentListQuerySchema } from '@/lib/validation/documents';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { NEWS_FILTER_KEYS, type TNewsListQuerySchema } from '@/lib/validation/news';

type Query = Record<string, string | number | undefined>;

/** The filters of a list that its feed carries; the page number and sort order are not filters. */
export const EVENT_FEED_FILTER_KEYS = ['country', 'kind', 'year'] as const;
/** The calendar holds upcoming events only, so a year would mostly empty it: country and kind. */
export const EVENT_CALENDAR_FILTER_KEYS = ['country', 'kind'] as const;

/**
 * `pathname` with the `keys` of `query` that are set, in the order of `keys`: one URL per list
 * of filters, whatever order the visitor's URL had them in.
 */
export const filtersHref = <Q extends Query>(
  pathname: string,
  query: Q,
  keys: readonly (keyof Q & string)[],
) =>
  ({
    pathname,
    query: Object.fromEntries(
      keys.flatMap((key) => {
        const value = query[key];
        return value === undefined || value === '' ? [] : [[key, String(value)]];
      }),
    ),
  }) satisfies Href;

/** The library (HTML) with the filters of `query`, without its page or sort order. */
export const documentListHref = (query: TDocumentListQuerySchema) =>
  filtersHref('/documents', query, DOCUMENT_FILTER_KEYS);

/** The Atom feed of the library filtered as `query`. */
export const documentFeedHref = (query: TDocumentListQuerySchema) =>
  filtersHref('/documents/feed.xml', query, DOCUMENT_FILTER_KEYS);

/** The events page with the filters of `filters`, without its page. */
export const eventListHref = (filters: TEventListQuerySchema) =>
  filtersHref('/events', filters, EVENT_FEED_FILTER_KEYS);

/** The Atom feed of the events filtered as `filters`. */
export const eventFeedHref = (filters: TEventListQuerySchema) =>
  filtersHref('/events/feed.xml', filters, EVENT_FEED_FILTER_KEYS);

/** The subscribable iCalendar of upcoming events, by country and kind when `filters` has them. */
export const eventCalendarHref = (filters: TEventListQuerySchema) =>
  filtersHref('/events/calendar.ics', filters, EVENT_CALENDAR_FILTER_KEYS);

/** /news with the filters of `query`, without its page. */
export const newsListHref = (query: TNewsListQuerySchema) =>
  filtersHref('/news', query, NEWS_FILTER_KEYS);

/** The Atom feed of the news filtered as `query`. */
export const newsFeedHref = (query: TNewsListQuerySchema) =>
  filtersHref('/news/feed.xml', query, NEWS_FILTER_KEYS);
