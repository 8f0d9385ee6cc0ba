import { useFormatter } from 'next-intl';

import type { DatePrecision } from '@/generated/prisma/enums';

type DateFormat = 'long' | 'short' | 'month' | 'year';

export type FormattedDateProps = {
  date: Date;
  /** Named formats from src/i18n/request.ts. */
  format?: DateFormat;
  /** How much of the date the source gives; a coarser precision overrides `format`. */
  precision?: DatePrecision;
};

const ISO_LENGTH: Record<DateFormat, number> = { long: 10, short: 10, month: 7, year: 4 };

/** The one way to show a date: in the visitor's locale, inside a machine-readable <time>. */
export const FormattedDate = ({ date, format = 'long', precision = 'DAY' }: FormattedDateProps) => {
  // Synchronous (a hook) so that React renders it inline, not as an RSC chunk of its own.
  const formatter = useFormatter();
  const shown: DateFormat =
    precision === 'YEAR' ? 'year' : precision === 'MONTH' ? 'month' : format;
  return (
    <time dateTime={date.toISOString().slice(0, ISO_LENGTH[shown])}>
      {formatter.dateTime(date, shown)}
    </time>
  );
};
