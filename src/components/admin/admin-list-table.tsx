import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { AdminListRow } from '@/server/content/admin-list-row';

import { MissingTranslations } from './missing-translations';
import { StatusBadge } from './status-badge';

export type AdminListTableProps<R extends AdminListRow> = {
  caption: string;
  rows: R[];
  /** `/admin/documents`: rows link to `<basePath>/<id>`. */
  basePath: string;
  /** `/admin/preview/documents`: rows link to `<previewPath>/<slug>`. */
  previewPath?: string;
  extra?: { header: string; cell: (row: R) => ReactNode };
};

export const AdminListTable = async <R extends AdminListRow>({
  caption,
  rows,
  basePath,
  previewPath,
  extra,
}: AdminListTableProps<R>) => {
  const t = await getTranslations('AdminForm');
  if (rows.length === 0) return <p>{t('empty')}</p>;
  const hasStatus = rows.some((row) => row.status);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="p-2">
              {t('columnName')}
            </th>
            {extra && (
              <th scope="col" className="p-2">
                {extra.header}
              </th>
            )}
            {hasStatus && (
              <th scope="col" className="p-2">
                {t('columnStatus')}
              </th>
            )}
            <th scope="col" className="p-2">
              {t('columnTranslations')}
            </th>
            {hasStatus && (
              <th scope="col" className="p-2">
                {t('columnUpdated')}
              </th>
            )}
            <th scope="col" className="p-2">
              {t('columnActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <Link href={`${basePath}/${row.id}`} className="text-brand-700 underline">
                  <span lang={row.label ? row.labelLocale : undefined}>
                    {row.label ?? t('untitled', { slug: row.slug })}
                  </span>
                </Link>
              </th>
              {extra && <td className="p-2">{extra.cell(row)}</td>}
              {hasStatus && (
                <td className="p-2">{row.status && <StatusBadge status={row.status} />}</td>
              )}
              <td className="p-2">
                <MissingTranslations missing={row.missingLocales} />
              </td>
              {hasStatus && (
                <td className="p-2 text-sm">
                  {row.updatedAt && <FormattedDate date={row.updatedAt} format="short" />}
                </td>
              )}
              <td className="space-x-3 p-2 text-sm whitespace-nowrap">
                <Link href={`${basePath}/${row.id}`} className="text-brand-700 underline">
                  {t('edit')}
                  <span className="sr-only">: {row.label ?? row.slug}</span>
                </Link>
                {previewPath && (
                  <Link href={`${previewPath}/${row.slug}`} className="text-brand-700 underline">
                    {t('preview')}
                    <span className="sr-only">: {row.label ?? row.slug}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
