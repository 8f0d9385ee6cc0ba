import 'server-only';

import { EVENT_FEED_FILTER_KEYS } from '@/lib/feed-hrefs';
import type { EventCalendar } from '@/server/events/find-events';
import type { LoadedIntl } from '@/server/i18n/load-intl';

export type ToEventFilterLabelsOptions = {
  intl: LoadedIntl;
  /** What findEvents returned: the filters it applied and the countries' names. */
  events: Pick<EventCalendar, 'filters' | 'countries'>;
  /** The filters to describe (all of the feed's by default). */
  keys?: readonly (typeof EVENT_FEED_FILTER_KEYS)[number][];
};

/** The applied filters of the events as the page names them ("Country: Peru"), for titles. */
export const toEventFilterLabels = ({
  intl: { t },
  events: { filters, countries },
  keys = EVENT_FEED_FILTER_KEYS,
}: ToEventFilterLabelsOptions) => {
  const valueOf = (key: (typeof EVENT_FEED_FILTER_KEYS)[number]) => {
    if (key === 'kind') return t('Event.kindLabel', { kind: filters.kind ?? '' });
    if (key === 'year') return String(filters.year);
    return countries.find(({ slug }) => slug === filters.country)?.name ?? '';
  };
  return keys
    .filter((key) => filters[key] !== undefined)
    .map((key) => ({ label: t(`EventsPage.${key}`), value: valueOf(key) }));
};
