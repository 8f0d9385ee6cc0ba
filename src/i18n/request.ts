import { hasLocale, type Messages } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';

import { FORMATS, TIME_ZONE } from './formats';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: ((await import(`../../messages/${locale}.json`)) as { default: Messages }).default,
    timeZone: TIME_ZONE,
    formats: FORMATS,
  };
});
