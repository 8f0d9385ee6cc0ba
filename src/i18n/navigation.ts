import { redirect as nextRedirect } from 'next/navigation';

import type { AppLocale } from './routing';

type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

/** A portal path without its locale prefix (`/documents`), optionally with a query. */
export type Href = string | { pathname: string; query?: Record<string, QueryValue> };

/**
 * The locale-prefixed path of a page (`/es/documents?theme=x`); undefined query values are left out.
 * Written here rather than taken from next-intl's createNavigation, whose module registers
 * next-intl's client Link and would put its runtime in every page's JavaScript.
 */
export const getPathname = ({ href, locale }: { href: Href; locale: AppLocale }): string => {
  const { pathname, query = {} } = typeof href === 'string' ? { pathname: href } : href;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) search.append(key, String(item));
    }
  }
  const path = `/${locale}${pathname === '/' ? '' : pathname}`;
  return search.size > 0 ? `${path}?${search}` : path;
};

export const redirect = (args: { href: Href; locale: AppLocale }): never =>
  nextRedirect(getPathname(args));
