import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { getDataLicence } from '@/server/site/get-data-licence';

import { apiUrl } from './api-urls';

export type ListBodyOptions<T> = {
  /** The endpoint's path under /api/v1, e.g. `/documents`. */
  path: string;
  /** The parsed query, echoed in `self` and `next` so they keep the filters. */
  query: Record<string, string | number | undefined> & {
    lang: AppLocale;
    page: number;
    perPage: number;
  };
  items: T[];
  total: number;
  /** Whether a next page exists, when pages are not all `perPage` long (events). */
  hasNext?: boolean;
};

/** A list answer: one page of items, counts, and the links to this page and the next. */
export const listBody = <T>({
  path,
  query,
  items,
  total,
  hasNext = query.page * query.perPage < total,
}: ListBodyOptions<T>) => ({
  data: items,
  meta: {
    total,
    page: query.page,
    perPage: query.perPage,
    lang: query.lang,
    licence: getDataLicence().id,
  },
  links: {
    self: apiUrl(path, query),
    next: hasNext ? apiUrl(path, { ...query, page: query.page + 1 }) : null,
  },
});

export const itemBody = <T>(data: T, lang: AppLocale) => ({
  data,
  meta: { lang, licence: getDataLicence().id },
});

/** One page of a list the finder returns whole (countries, mechanisms: a few hundred at most). */
export const pageOf = <T>(items: T[], { page, perPage }: { page: number; perPage: number }) =>
  items.slice((page - 1) * perPage, page * perPage);
