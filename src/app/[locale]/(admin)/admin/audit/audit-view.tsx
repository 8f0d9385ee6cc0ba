import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import type { AuditEntry, findAuditEntries } from '@/server/users/find-audit-entries';

import { AuditPagination } from './audit-pagination';
import { AuditTime } from './audit-time';

export type AuditViewProps = {
  result: Awaited<ReturnType<typeof findAuditEntries>>;
  action: string | undefined;
};

/** JSON as text: React escapes it, so stored values can never become markup. */
const JsonBlock = ({ label, value }: { label: string; value: AuditEntry['before'] }) =>
  value === null ? null : (
    <div>
      <p className="font-semibold">{label}</p>
      <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );

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
        <div className="overflow-x-auto">
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
                  <td className="min-w-64 space-y-2 p-2">
                    <JsonBlock label={t('before')} value={entry.before} />
                    <JsonBlock label={t('after')} value={entry.after} />
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
