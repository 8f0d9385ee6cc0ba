import 'server-only';

import type { LoadedIntl } from '@/server/i18n/load-intl';
import type { EventSummary } from '@/server/summaries/to-event-summary';

export type FormatEventPlaceOptions = {
  intl: LoadedIntl;
  event: Pick<EventSummary, 'city' | 'countryName' | 'online'>;
};

/** Where an event takes place, as the events list shows it ("Lima, Peru · Online"), or null. */
export const formatEventPlace = ({ intl: { t }, event }: FormatEventPlaceOptions) => {
  const place = [event.city, event.countryName].filter(Boolean).join(', ');
  return [place, event.online ? t('Event.online') : null].filter(Boolean).join(' · ') || null;
};
