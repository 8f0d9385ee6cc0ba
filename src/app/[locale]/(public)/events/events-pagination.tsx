import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { EventCalendar } from '@/server/events/find-events';

export type EventsPaginationProps = { filters: EventCalendar['filters']; pageCount: number };

/** The events page's URL for the same filters on another page of past events. */
const pageHref = (filters: EventCalendar['filters'], page: number) => {
  const query = { ...filters, page: page === 1 ? undefined : page };
  const entries = Object.entries(query).filter(([, value]) => value !== undefined);
  return {
    pathname: '/events' as const,
    query: Object.fromEntries(entries.map(([key, value]) => [key, String(value)])),
  };
};

const LINK_CLASS =
  'inline-block rounded border border-slate-300 px-3 py-1.5 text-brand-700 underline';

/** Newer/older links through the past events, which are listed latest first. */
export const EventsPagination = async ({ filters, pageCount }: EventsPaginationProps) => {
  const t = await getTranslations('EventsPage');
  const { page } = filters;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={pageHref(filters, page - 1)} rel="prev" className={LINK_CLASS}>
          <span aria-hidden="true">← </span>
          {t('newer')}
        </Link>
      )}
      <span className="text-sm text-slate-700">{t('pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={pageHref(filters, page + 1)} rel="next" className={LINK_CLASS}>
          {t('older')}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
};
