import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { SourceListItem } from '@/server/sources/find-sources';

export type SourcesViewProps = {
  sources: SourceListItem[];
  done?: 'created' | 'saved' | 'accepted' | 'dismissed' | 'conflict';
};

export const SourcesView = async ({ sources, done }: SourcesViewProps) => {
  const t = await getTranslations('AdminSources');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('heading')}
        actions={
          <>
            <Link href="/admin/sources/recheck" className="text-brand-700 underline">
              {t('recheckLink')}
            </Link>
            <Link
              href="/admin/sources/new"
              className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-900"
            >
              {t('newSource')}
            </Link>
          </>
        }
      >
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={done === 'created' || done === 'saved' ? t(`done.${done}`) : null} />
      {sources.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('heading')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('columnTitle')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnPublisher')}
                </th>
                <th scope="col" className="p-2">
                  {t('columnAccessed')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('columnCitations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link
                      href={`/admin/sources/${source.id}`}
                      className="text-brand-700 underline"
                      lang={source.lang ?? undefined}
                    >
                      {source.title}
                    </Link>
                  </th>
                  <td className="p-2">{source.publisher ?? '—'}</td>
                  <td className="p-2">
                    {source.accessedOn ? (
                      <FormattedDate date={source.accessedOn} format="short" />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="p-2 text-right">{source.citations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
