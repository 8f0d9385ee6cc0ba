import { getFormatter } from 'next-intl/server';

export type FormattedDateProps = {
  date: Date;
  /** Named formats from src/i18n/request.ts. */
  format?: 'long' | 'short' | 'year';
};

/** The one way to show a date: in the visitor's locale, inside a machine-readable <time>. */
export const FormattedDate = async ({ date, format = 'long' }: FormattedDateProps) => {
  const formatter = await getFormatter();
  const iso = date.toISOString().slice(0, format === 'year' ? 4 : 10);
  return <time dateTime={iso}>{formatter.dateTime(date, format)}</time>;
};
