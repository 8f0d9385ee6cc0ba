import { getFormatter, getTranslations } from 'next-intl/server';

import { ActionButton } from '@/components/admin/action-button';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { formatFileSize } from '@/lib/format-file-size';
import type { findDataDownloadStatus } from '@/server/data-download/find-data-download-status';

export type DataDownloadViewProps = Awaited<ReturnType<typeof findDataDownloadStatus>> & {
  done?: 'requested';
  action: () => Promise<void>;
};

/** The full data download: what the public gets now, the latest build, and "rebuild now". */
export const DataDownloadView = async ({
  current,
  latest,
  quietMinutes,
  done,
  action,
}: DataDownloadViewProps) => {
  const [t, format] = await Promise.all([getTranslations('AdminDataDownload'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="space-y-8">
      <AdminPageHeader title={t('heading')}>
        <p className="max-w-3xl text-slate-700">{t('intro', { minutes: quietMinutes })}</p>
      </AdminPageHeader>
      <FlashMessage message={done && t(`done.${done}`)} />

      <section aria-labelledby="download-current" className="space-y-2">
        <h2 id="download-current" className="text-2xl font-semibold">
          {t('current')}
        </h2>
        {current ? (
          <>
            <p>{t('builtAt', { date: when(current.builtAt) })}</p>
            <p>{t('size', { size: formatFileSize(format, current.size) })}</p>
            <h3 className="font-semibold">{t('counts')}</h3>
            <ul className="list-disc pl-6">
              {Object.entries(current.counts).map(([entity, count]) => (
                <li key={entity}>{t('count', { entity, count })}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('none')}</p>
        )}
        {latest && (
          <p data-status={latest.status}>
            {t('latestBuild', {
              status: latest.status,
              date: when(latest.finishedAt ?? latest.startedAt),
            })}
          </p>
        )}
      </section>

      <section className="space-y-3">
        <p className="max-w-3xl text-slate-700">{t('rebuildHint')}</p>
        <ActionButton action={action} label={t('rebuild')} tone="primary" />
      </section>
    </div>
  );
};
