import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { findRecheckFacts } from '@/server/sources/find-recheck-facts';

export type RecheckViewProps = { due: Awaited<ReturnType<typeof findRecheckFacts>> };

/** Facts never verified or verified too long ago, each linked to where its sources are edited. */
export const RecheckView = async ({ due }: RecheckViewProps) => {
  const t = await getTranslations('AdminSources');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('recheck.heading')}
        back={{ href: '/admin/sources', label: t('backToList') }}
      >
        <p className="max-w-3xl text-slate-700">
          {t.rich('recheck.intro', {
            months: due.months,
            date: () => <FormattedDate date={due.cutoff} />,
          })}
        </p>
      </AdminPageHeader>
      <p className="font-semibold" role="status">
        {t('recheck.count', { count: due.facts.length })}
      </p>
      {due.facts.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('recheck.heading')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('recheck.columnFact')}
                </th>
                <th scope="col" className="p-2">
                  {t('recheck.columnEntity')}
                </th>
                <th scope="col" className="p-2">
                  {t('recheck.columnVerified')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('recheck.columnSources')}
                </th>
              </tr>
            </thead>
            <tbody>
              {due.facts.map((row) => (
                <tr
                  key={row.id}
                  className="border-b border-slate-200 align-top"
                  data-recheck={row.fact}
                >
                  <th scope="row" className="p-2 font-normal">
                    <Link
                      href={`/admin/sources/facts/${row.entityType}/${row.entityId}/${row.fact}`}
                      className="text-brand-700 underline"
                    >
                      {t('factLabel', { fact: row.fact })}
                    </Link>
                  </th>
                  <td className="p-2">
                    {t('entityType', { type: row.entityType })}: {row.label}
                  </td>
                  <td className="p-2">
                    {row.verifiedOn ? (
                      <FormattedDate
                        date={row.verifiedOn}
                        precision={row.verifiedPrecision}
                        format="short"
                      />
                    ) : (
                      t('recheck.never')
                    )}
                  </td>
                  <td className="p-2 text-right">
                    {t('recheck.sourceCount', { count: row.sourceCount })}
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
