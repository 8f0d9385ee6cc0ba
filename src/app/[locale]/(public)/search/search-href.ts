import type { TSearchQuerySchema } from '@/lib/validation/search';

/**
 * The search page's URL for `query` with `changes` applied. Unset filters and page 1 are left
 * out, so every result set has one short, shareable URL.
 */
export const searchHref = (
  query: TSearchQuerySchema,
  changes: Partial<TSearchQuerySchema> = {},
) => {
  const next: Partial<TSearchQuerySchema> = { ...query, ...changes };
  const entries = Object.entries(next).filter(
    ([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1),
  );
  return {
    pathname: '/search' as const,
    query: Object.fromEntries(entries.map(([key, value]) => [key, String(value)])),
  };
};
