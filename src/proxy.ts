import createMiddleware from 'next-intl/middleware';

import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and the few root files the app serves goes through
  // the locale proxy, so a stray path (`/wp-login.php`) becomes a localized 404 instead of
  // reaching `[locale]` with a value that is not a locale.
  matcher: '/((?!api/|_next/|_vercel/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$).*)',
};
