import { hasLocale, type Messages } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';

import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: ((await import(`../../messages/${locale}.json`)) as { default: Messages }).default,
    // Treaty and event dates are calendar dates stored at UTC midnight: format them in UTC
    // so no visitor sees the previous day.
    timeZone: 'UTC',
    formats: {
      dateTime: {
        long: { day: 'numeric', month: 'long', year: 'numeric' },
        short: { day: 'numeric', month: 'short', year: 'numeric' },
        month: { month: 'long', year: 'numeric' },
        year: { year: 'numeric' },
      },
    },
  };
});
