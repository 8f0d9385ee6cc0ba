import 'server-only';

import type { LoadedIntl } from '@/server/i18n/load-intl';
import type { EventSummary } from '@/server/summaries/to-event-summary';

export type FormatEventWhenOptions = {
  intl: LoadedIntl;
  event: Pick<EventSummary, 'startsOn' | 'endsOn' | 'datePrecision'>;
};

/**
 * An event's dates as text, as FormattedDateRange shows them on the pages: a span of days
 * ("14–16 August 2013"), one day, or only the month or year the source gives.
 */
export const formatEventWhen = ({ intl: { format }, event }: FormatEventWhenOptions) => {
  const { startsOn, endsOn, datePrecision } = event;
  if (datePrecision === 'YEAR') return format.dateTime(startsOn, 'year');
  if (datePrecision === 'MONTH') return format.dateTime(startsOn, 'month');
  if (!endsOn || endsOn.getTime() === startsOn.getTime()) return format.dateTime(startsOn, 'long');
  return format.dateTimeRange(startsOn, endsOn, 'long');
};
