import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['es', 'pt', 'en'],
  defaultLocale: 'es',
  localePrefix: 'always',
  // next-intl would build a `Link` header of alternates from the request's Host; pages carry
  // their hreflang alternates in their metadata, built from SITE_URL.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
