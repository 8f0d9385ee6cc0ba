import 'server-only';

import { env } from '@/env';
import type { AppLocale } from '@/i18n/routing';

type Params = Record<string, string | number | undefined>;

const withQuery = (url: URL, params: Params) => {
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
};

/** An absolute API URL on the public origin (SITE_URL), never the request's Host. */
export const apiUrl = (path: string, params: Params = {}) =>
  withQuery(new URL(`/api/v1${path}`, env.SITE_URL), params);

/** An absolute URL of the site, e.g. a file's download. */
export const siteUrl = (path: string) => new URL(path, env.SITE_URL).toString();

/** The permalink of the page showing the same item. */
export const pageUrl = (locale: AppLocale, path: string) =>
  new URL(`/${locale}${path}`, env.SITE_URL).toString();

/** Dates without time of day go out as YYYY-MM-DD (UTC), as they are stored. */
export const toApiDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
