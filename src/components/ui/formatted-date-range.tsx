import { getFormatter } from 'next-intl/server';

import type { DatePrecision } from '@/generated/prisma/enums';

import { FormattedDate } from './formatted-date';

export type FormattedDateRangeProps = {
  start: Date;
  end: Date | null;
  /** How much of the dates the source gives; only day-precise ranges are shown as ranges. */
  precision?: DatePrecision;
};

/**
 * A span of days the way the visitor's language writes it ("14–16 de agosto de 2013",
 * "August 14 – 16, 2013"), with the same named format and UTC time zone as FormattedDate.
 */
export const FormattedDateRange = async ({
  start,
  end,
  precision = 'DAY',
}: FormattedDateRangeProps) => {
  if (!end || end.getTime() === start.getTime() || precision !== 'DAY')
    return <FormattedDate date={start} precision={precision} />;
  const formatter = await getFormatter();
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // <time> cannot hold an interval; <data> carries it in ISO 8601 (start/end).
  return (
    <data value={`${day(start)}/${day(end)}`}>{formatter.dateTimeRange(start, end, 'long')}</data>
  );
};
