// The page cache keeps a page only for requests next-intl answers without a language cookie (a
// cached copy has none): its guess is checked here against next-intl's own middleware.
import type { IncomingMessage } from 'node:http';

import { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { describe, expect, it } from 'vitest';

import { pageCacheKeyOf } from '../../scripts/lib/page-cache/cacheable-request';
import { routing } from '../../src/i18n/routing';

const intlMiddleware = createMiddleware(routing);

const ACCEPT_LANGUAGES = [
  undefined,
  '',
  '*',
  'es',
  'pt-BR,pt;q=0.9,en;q=0.8',
  'en-US,en;q=0.9',
  'en;q=0.5, pt;q=0.9',
  'de-DE,de;q=0.9',
  'fr;q=0.8, *;q=0.5',
  'es;q=0',
  'not a language',
];
const LOCALE_COOKIES = [undefined, 'es', 'en'];

const cases = routing.locales.flatMap((locale) =>
  ACCEPT_LANGUAGES.flatMap((acceptLanguage) =>
    LOCALE_COOKIES.map((cookie) => ({ path: `/${locale}/about`, acceptLanguage, cookie })),
  ),
);

describe('page cache key', () => {
  it.each(cases)(
    'is kept for $path (Accept-Language $acceptLanguage, language cookie $cookie) exactly when next-intl sets no cookie',
    ({ path, acceptLanguage, cookie }) => {
      const headers: Record<string, string> = {};
      if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage;
      if (cookie) headers.cookie = `NEXT_LOCALE=${cookie}`;
      const response = intlMiddleware(
        new NextRequest(`http://localhost${path}`, { headers, method: 'GET' }),
      );
      const setsCookie = response.headers.get('set-cookie') !== null;
      const key = pageCacheKeyOf({ method: 'GET', url: path, headers } as IncomingMessage);
      expect(key).toBe(setsCookie ? null : path);
    },
  );
});
