import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

export type AuditPaginationProps = { page: number; pageCount: number; action: string | undefined };

export const AuditPagination = async ({ page, pageCount, action }: AuditPaginationProps) => {
  if (pageCount <= 1) return null;
  const t = await getTranslations('AdminAudit');
  const hrefFor = (target: number) => ({
    pathname: '/admin/audit',
    query: { ...(action ? { action } : {}), page: String(target) },
  });
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="text-brand-700 underline">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="text-brand-700 underline">
          {t('next')}
        </Link>
      )}
    </nav>
  );
};
