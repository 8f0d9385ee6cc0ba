import { NextRequest, type NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { routing } from './i18n/routing';
import { PATH_HEADER } from './server/auth/path-header';
import { buildCsp } from './server/security/build-csp';

const intlMiddleware = createMiddleware(routing);

/**
 * Locale routing (next-intl) plus, for every page, a Content-Security-Policy with a fresh nonce.
 * The policy goes on the request too: Next.js reads the nonce from there for its own scripts.
 * Auth is NOT checked here: pages redirect for convenience, actions and domain code enforce.
 */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildCsp({
    nonce,
    development: process.env.NODE_ENV === 'development',
    https:
      request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = intlMiddleware(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and the few root files the app serves goes through
  // the locale proxy, so a stray path (`/wp-login.php`) becomes a localized 404 instead of
  // reaching `[locale]` with a value that is not a locale.
  matcher: '/((?!api/|_next/|_vercel/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$).*)',
};
