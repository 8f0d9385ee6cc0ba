import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { FormattedDate } from '@/components/ui/formatted-date';
import { CorrectionStatus } from '@/generated/prisma/enums';
import { Link } from '@/i18n/link';
import type { TCorrectionDoneKey } from '@/lib/validation/corrections';
import type { findCorrections } from '@/server/corrections/find-corrections';

export type CorrectionsViewProps = {
  status: CorrectionStatus;
  done?: TCorrectionDoneKey;
  corrections: Awaited<ReturnType<typeof findCorrections>>;
};

/** The editors' queue: one tab per status (plain links), then the corrections as a table. */
export const CorrectionsView = async ({ status, done, corrections }: CorrectionsViewProps) => {
  const [t, tCorrection] = await Promise.all([
    getTranslations('AdminCorrections'),
    getTranslations('Correction'),
  ]);
  const pending = status === 'PENDING';
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('heading')}>
        <p className="text-slate-700">{t('intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={done && t(`done.${done}`)} />
      <nav aria-label={t('filterLegend')}>
        <ul className="flex flex-wrap gap-2">
          {Object.values(CorrectionStatus).map((option) => (
            <li key={option}>
              <Link
                href={{ pathname: '/admin/corrections', query: { status: option } }}
                aria-current={option === status ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 ${
                  option === status
                    ? 'border-brand-900 bg-brand-50 font-semibold text-brand-900'
                    : 'border-slate-300 text-brand-700 underline'
                }`}
              >
                {t('status', { status: option })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {corrections.length === 0 ? (
        <p>{t('empty', { status })}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('caption', { status })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('columnPage')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnField')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnValue')}
                </th>
                <th scope="col" className="p-2">
                  {pending ? t('columnDate') : t('columnReviewed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((correction) => (
                <tr key={correction.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link
                      href={`/admin/corrections/${correction.id}`}
                      className="text-brand-700 underline"
                    >
                      {correction.target?.label ?? t('deletedTarget')}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {t('entityType', { type: correction.entityType })}
                    </p>
                  </th>
                  <td className="p-2">{tCorrection('fieldLabel', { field: correction.field })}</td>
                  <td className="max-w-xs p-2 break-words whitespace-pre-wrap">
                    {correction.proposedValue}
                  </td>
                  <td className="p-2 text-sm">
                    <FormattedDate
                      date={
                        (pending ? correction.createdAt : correction.reviewedAt) ??
                        correction.createdAt
                      }
                      format="short"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
