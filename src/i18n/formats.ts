import type { Formats } from 'next-intl';

/**
 * Treaty and event dates are calendar dates stored at UTC midnight: they are formatted in UTC so
 * no visitor sees the previous day.
 */
export const TIME_ZONE = 'UTC';

/** The named date formats of every page, feed and calendar. */
export const FORMATS = {
  dateTime: {
    long: { day: 'numeric', month: 'long', year: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    year: { year: 'numeric' },
  },
} satisfies Formats;
