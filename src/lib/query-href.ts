import type { Href } from '@/i18n/navigation';

type QueryValue = string | number | undefined;

/**
 * The URL builder of a page whose view lives in its query string (a list with filters and pages):
 * `href(query, changes)` is the page for `query` with `changes` applied, `undefined` removing a
 * value. Unset and empty values and the page's `defaults` are left out, so every view has one
 * short, shareable URL.
 */
export const createQueryHref =
  <Q extends Record<string, QueryValue>>(pathname: string, defaults: Partial<Q> = {}) =>
  (query: Q, changes: Partial<Q> = {}) => {
    const isDefault = (key: string, value: QueryValue) =>
      (defaults as Record<string, QueryValue>)[key] === value;
    const entries = Object.entries({ ...query, ...changes }).filter(
      ([key, value]) => value !== undefined && value !== '' && !isDefault(key, value),
    );
    return {
      pathname,
      query: Object.fromEntries(entries.map(([key, value]) => [key, String(value)])),
    } satisfies Href;
  };

/** Changes (for a `createQueryHref` builder) that remove each of `keys` from a query. */
export const withoutKeys = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, undefined])) as { [P in K]?: undefined };
