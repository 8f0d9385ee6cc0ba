import { z } from 'zod';

import { routing } from '@/i18n/routing';

import { zOptionalParam, ZSlugSchema } from './search-params';

export const SEARCH_ENTITY_TYPES = ['document', 'mechanism', 'event', 'recommendation'] as const;
export type TSearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

/** Longer queries are cut here (the header's box has the same maxlength). */
export const SEARCH_QUERY_MAX_LENGTH = 200;
/**
 * Ten, as most search pages show: the page is rendered for every query (never cached), and each
 * highlighted result is about 5 kB of HTML and React payload; with 20 it was 188 kB instead of
 * 131 kB and its median 10–25 % slower.
 */
export const SEARCH_RESULTS_PER_PAGE = 10;
/** Results are ranked among at most this many candidates, so pages stop here. */
export const SEARCH_MAX_PAGE = 100;

export const SEARCH_FILTER_KEYS = ['type', 'theme', 'country', 'language', 'year'] as const;
export type TSearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** Any text is a query: it is only cut to length, never refused. */
const ZQueryText = z.preprocess((value) => {
  const first = firstValue(value);
  return typeof first === 'string' ? first.slice(0, SEARCH_QUERY_MAX_LENGTH) : '';
}, z.string());

const filterFields = {
  type: z.enum(SEARCH_ENTITY_TYPES),
  theme: ZSlugSchema,
  country: ZSlugSchema,
  /** The language of the matching text. */
  language: z.enum(routing.locales),
  year: z.coerce.number().int().min(1900).max(2200),
};

const ZPage = z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE);

/**
 * The search page's query string. Invalid filters are dropped and a bad page becomes 1, so a
 * hand-edited or stale URL always renders results, never an error.
 */
export const ZSearchPageQuerySchema = z.object({
  q: ZQueryText,
  type: zOptionalParam(filterFields.type),
  theme: zOptionalParam(filterFields.theme),
  country: zOptionalParam(filterFields.country),
  language: zOptionalParam(filterFields.language),
  year: zOptionalParam(filterFields.year),
  page: z.preprocess(firstValue, ZPage).catch(1),
});

export type TSearchQuerySchema = z.infer<typeof ZSearchPageQuerySchema>;

/** Drops blank values, as a submitted form sends them for "any". */
const blankToUndefined = (value: unknown) => {
  const first = firstValue(value);
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};

const strict = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

/**
 * The JSON endpoint's query string: the same fields, but an invalid filter or page is a client
 * error (400) instead of being silently dropped. The query text itself is never invalid.
 */
export const ZSearchApiQuerySchema = z.object({
  q: ZQueryText,
  locale: z.preprocess(blankToUndefined, z.enum(routing.locales).default(routing.defaultLocale)),
  type: strict(filterFields.type),
  theme: strict(filterFields.theme),
  country: strict(filterFields.country),
  language: strict(filterFields.language),
  year: strict(filterFields.year),
  page: z.preprocess(blankToUndefined, ZPage.default(1)),
});

export type TSearchApiQuerySchema = z.infer<typeof ZSearchApiQuerySchema>;
