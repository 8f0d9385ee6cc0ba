import 'server-only';

import { hasLocale } from 'next-intl';
import type { z } from 'zod';

import { type AppLocale, routing } from '@/i18n/routing';
import type { TSearchParams } from '@/lib/validation/search-params';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type CreateFeedHandlerOptions<Q> = {
  /** The list page's own query schema, so the feed takes exactly the page's filters. */
  schema: z.ZodType<Q>;
  build: (options: { locale: AppLocale; query: Q }) => Promise<string>;
  contentType?: string;
};

type FeedRouteContext = { params: Promise<{ locale: string }> };

/** The query string as a page receives it: a repeated parameter becomes an array. */
const toSearchParams = (url: URL): TSearchParams => {
  const params: TSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
};

const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * The GET handler of a list's feed or calendar under `/[locale]/…`: checks the language, parses
 * the query with the list's schema (whose filters drop invalid values, as the page does) and
 * answers what `build` makes, cacheable like the site's other public files.
 */
export const createFeedHandler =
  <Q>({ schema, build, contentType = ATOM_CONTENT_TYPE }: CreateFeedHandlerOptions<Q>) =>
  async (request: Request, { params }: FeedRouteContext) => {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return error(404, 'Not found');
    const query = schema.safeParse(toSearchParams(new URL(request.url)));
    if (!query.success) return error(400, 'Invalid parameters');
    const body = await build({ locale, query: query.data });
    return new Response(body, {
      headers: { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=300' },
    });
  };
