import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { routing } from './i18n/routing';
import { PATH_HEADER } from './server/i18n/path-header';
import { buildCsp } from './server/security/build-csp';
import { isMalformedPath } from './server/security/is-malformed-path';
import { isUnreadableForm } from './server/security/is-unreadable-form';
import { RESPONSE_HEADERS } from './server/security/response-headers';

const intlMiddleware = createMiddleware(routing);

/** A plain-text 400 with the headers every response carries (scripts/lib/request-gate.ts). */
const badRequest = () =>
  new NextResponse('Bad Request\n', {
    status: 400,
    headers: [
      ...RESPONSE_HEADERS.map(({ key, value }): [string, string] => [key, value]),
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Cache-Control', 'no-store'],
    ],
  });

/**
 * next-intl rewrites a path that reads differently once decoded (`/es/countri%65s`, `/es/100%25`)
 * to its decoded form. Next.js takes that rewrite for another origin (its URL names `localhost`,
 * not HOSTNAME) and proxies the request over HTTP to it, or, on `localhost`, failed with a 500 on
 * an undecodable result (`/es/%`). The visitor is sent to the decoded path instead, or refused
 * when it is unreadable, as scripts/serve.ts refuses such a path itself.
 */
const withoutRewrite = (response: NextResponse): NextResponse => {
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (!rewrite) return response;
  const target = new URL(rewrite);
  if (isMalformedPath(target.pathname)) return badRequest();
  return NextResponse.redirect(target, 308);
};

/**
 * A path with a NUL or control character, or that cannot be decoded (scripts/serve.ts refuses it
 * first; `next start` does not), or a form post Next.js cannot read (see isUnreadableForm) gets
 * a 400; anything else, locale routing (next-intl) plus, for every page, a
 * Content-Security-Policy with a fresh nonce. Nothing here rewrites (see withoutRewrite).
 * The policy goes on the request too: Next.js reads the nonce from there for its own scripts.
 * Auth is NOT checked here: pages redirect for convenience, actions and domain code enforce.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  if (isMalformedPath(request.nextUrl.pathname) || (await isUnreadableForm(request))) {
    return badRequest();
  }
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
  const response = withoutRewrite(intlMiddleware(new NextRequest(request, { headers })));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and the few root files the app serves (sitemap,
  // robots, and public/'s icons and social images) goes through the locale proxy, so a stray path
  // (`/wp-login.php`) becomes a localized 404 instead of reaching `[locale]` with a value that is
  // not a locale. Feeds and calendars skip it too: they check their locale themselves, and the
  // locale cookie it sets would stop caches from keeping these public files (a Set-Cookie on
  // every feed reader's poll).
  matcher:
    '/((?!api/|_next/|_vercel/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|favicon\\.ico$|apple-touch-icon\\.png$|social/|[a-z]{2}/(?:documents|events|news)/feed\\.xml$|[a-z]{2}/events/calendar\\.ics$).*)',
};
