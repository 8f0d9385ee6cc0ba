import { z } from 'zod';

export const COUNTRY_SORT_KEYS = ['name', 'cat', 'opcat', 'npm'] as const;
export type TCountrySortKey = (typeof COUNTRY_SORT_KEYS)[number];

/** Query string of the countries index. Unknown values fall back to the default order. */
export const ZCountryListQuerySchema = z.object({
  sort: z.enum(COUNTRY_SORT_KEYS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
});

export type TCountryListQuerySchema = z.infer<typeof ZCountryListQuerySchema>;
