import type { IncomingMessage } from 'node:http';

import { routing } from '../../../src/i18n/routing';

const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Public reading pages. Search, forms (contact, subscribe), sign-in and the back office are not. */
const CACHED_SECTIONS = [
  'countries',
  'mechanisms',
  'documents',
  'events',
  'news',
  'recommendations',
  'network',
  'about',
  'data',
];
const CACHED_PATH = new RegExp(
  `^/(${routing.locales.join('|')})(?:/(?:${CACHED_SECTIONS.join('|')})(?:/[^/?]+)?)?/?(?:\\?|$)`,
);
const MAX_URL_LENGTH = 512;
/** Requests of Next's client router (RSC payloads, prefetches, server actions). */
const ROUTER_HEADERS = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
];

const cookiesOf = (request: IncomingMessage): Map<string, string> =>
  new Map(
    (request.headers.cookie ?? '')
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return [at === -1 ? pair : pair.slice(0, at), at === -1 ? '' : pair.slice(at + 1)];
      }),
  );

/** A quality of `q=0.8` as 0.8; an entry without one counts as 1. */
const qualityOf = (parameters: string[]) => {
  const quality = parameters.find((parameter) => parameter.trim().startsWith('q='));
  return quality === undefined ? 1 : Number(quality.trim().slice(2));
};

/**
 * The language next-intl would pick from Accept-Language alone: the supported one of highest
 * quality, else the default. Undefined when it picks none, which it then sets as a cookie on
 * every page: a header missing or empty, or naming anything that is not a language tag (`*`).
 */
const preferredLocale = (acceptLanguage: string | undefined): string | undefined => {
  if (!acceptLanguage?.trim()) return undefined;
  const entries = acceptLanguage
    .split(',')
    .map((entry) => entry.split(';'))
    .map(([tag, ...parameters]) => ({ tag: tag!.trim(), quality: qualityOf(parameters) }))
    .filter(({ quality }) => quality > 0)
    .sort((a, b) => b.quality - a.quality);
  try {
    Intl.getCanonicalLocales(entries.map(({ tag }) => tag));
  } catch {
    return undefined;
  }
  const languages = entries.map(({ tag }) => tag.toLowerCase().split('-')[0]);
  return (
    languages.find((tag) => routing.locales.some((locale) => locale === tag)) ??
    routing.defaultLocale
  );
};

/**
 * The cache key of a request that may be answered from the page cache, or null. Only anonymous
 * visitors (no cookie but the language one), only GET for a whole page, and only when next-intl
 * would not answer with a language cookie (which a cached copy would lack).
 */
export const pageCacheKeyOf = (request: IncomingMessage): string | null => {
  const url = request.url ?? '';
  if (request.method !== 'GET' || url.length > MAX_URL_LENGTH || !CACHED_PATH.test(url)) {
    return null;
  }
  if (url.includes('_rsc=') || ROUTER_HEADERS.some((name) => name in request.headers)) return null;
  const cookies = cookiesOf(request);
  if ([...cookies.keys()].some((name) => name !== LOCALE_COOKIE)) return null;
  const urlLocale = url.split(/[/?]/)[1];
  const localeCookie = cookies.get(LOCALE_COOKIE);
  const dest = request.headers['sec-fetch-dest'];
  const setsCookie =
    (dest === undefined || dest === 'document') &&
    (localeCookie === undefined
      ? preferredLocale(request.headers['accept-language']) !== urlLocale
      : localeCookie !== urlLocale);
  return setsCookie ? null : url;
};
