import { getFormatter, getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';

import { Link } from '@/i18n/link';

type Href = ComponentProps<typeof Link>['href'];

export type PaginationProps = {
  current: number;
  pageCount: number;
  /** The URL of page `page` of the same result set. */
  hrefFor: (page: number) => Href;
};

/** First, last and up to two pages either side of the current one; gaps shown as "…". */
const visiblePages = (current: number, count: number) => {
  const pages = new Set([1, count]);
  for (let page = current - 2; page <= current + 2; page++) {
    if (page >= 1 && page <= count) pages.add(page);
  }
  return [...pages].sort((a, b) => a - b);
};

const LINK_CLASS = 'inline-block min-w-10 rounded border border-slate-300 px-3 py-1.5 text-center';

export const Pagination = async ({ current, pageCount, hrefFor }: PaginationProps) => {
  const [t, format] = await Promise.all([getTranslations('Pagination'), getFormatter()]);
  if (pageCount <= 1 || current > pageCount) return null;
  const pages = visiblePages(current, pageCount);

  return (
    <nav aria-label={t('pagination')}>
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 && (
          <li>
            <Link
              href={hrefFor(current - 1)}
              rel="prev"
              className={`${LINK_CLASS} text-brand-700 underline`}
            >
              <span aria-hidden="true">← </span>
              {t('previous')}
            </Link>
          </li>
        )}
        {pages.map((page, index) => (
          <li key={page} className="flex items-center gap-2">
            {index > 0 && page - pages[index - 1]! > 1 && <span aria-hidden="true">…</span>}
            {/* Named "Page 3", showing "3": the name contains the visible text (WCAG 2.5.3). */}
            <Link
              href={hrefFor(page)}
              aria-label={t('pageLabel', { page })}
              aria-current={page === current ? 'page' : undefined}
              className={
                page === current
                  ? `${LINK_CLASS} border-brand-700 bg-brand-700 font-semibold text-white`
                  : `${LINK_CLASS} text-brand-700 underline`
              }
            >
              {format.number(page)}
            </Link>
          </li>
        ))}
        {current < pageCount && (
          <li>
            <Link
              href={hrefFor(current + 1)}
              rel="next"
              className={`${LINK_CLASS} text-brand-700 underline`}
            >
              {t('next')}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
};
