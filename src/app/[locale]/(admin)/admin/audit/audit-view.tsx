import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { AuditChanges } from '@/components/admin/audit-changes';
import type { findAuditEntries } from '@/server/users/find-audit-entries';

import { AuditPagination } from './audit-pagination';
import { AuditTime } from './audit-time';

export type AuditViewProps = {
  result: Awaited<ReturnType<typeof findAuditEntries>>;
  action: string | undefined;
};

export const AuditView = async ({ result, action }: AuditViewProps) => {
  const [t, tSources] = await Promise.all([
    getTranslations('AdminAudit'),
    getTranslations('AdminSources'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </AdminPageHeader>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-slate-50 p-3">
        <div>
          <label htmlFor="audit-action" className="block font-semibold">
            {t('filterLabel')}
          </label>
          <p id="audit-action-hint" className="text-sm text-slate-600">
            {t('filterHint')}
          </p>
          <input
            id="audit-action"
            name="action"
            defaultValue={action}
            aria-describedby="audit-action-hint"
            className="rounded border border-slate-400 px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
          {t('filterSubmit')}
        </button>
      </form>
      <p>{t('total', { count: result.total })}</p>
      {result.entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        // Focusable, so keyboard users can scroll a table wider than the screen (WCAG 2.1.1).
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('caption')}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('columnTime')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnActor')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnAction')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnEntity')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnIp')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnChanges')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-200 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <AuditTime date={entry.createdAt} />
                  </td>
                  <td className="p-2 break-all">
                    {entry.actorEmail ??
                      (entry.action.startsWith('data.') ? tSources('systemActor') : t('anonymous'))}
                  </td>
                  <th scope="row" className="p-2 font-mono font-normal">
                    {entry.action}
                  </th>
                  <td className="p-2 break-all">
                    {entry.entityType ? `${entry.entityType} ${entry.entityId ?? ''}` : t('none')}
                  </td>
                  <td className="p-2">{entry.ipAddress ?? t('none')}</td>
                  <td
                    className={
                      entry.before === null && entry.after === null ? 'p-2' : 'min-w-96 p-2'
                    }
                  >
                    <AuditChanges entry={entry} relations={result.labels} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AuditPagination page={result.page} pageCount={result.pageCount} action={action} />
    </div>
  );
};
