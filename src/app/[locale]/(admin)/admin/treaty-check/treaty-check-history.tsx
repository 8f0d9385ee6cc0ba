import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { TreatyCheckRunItem } from '@/server/treaty-check/find-treaty-check-runs';

/** The runs before the last one, newest first. */
export const TreatyCheckHistory = async ({ runs }: { runs: TreatyCheckRunItem[] }) => {
  const t = await getTranslations('AdminTreatyCheck');
  return (
    <section aria-labelledby="treaty-history" className="space-y-3">
      <h2 id="treaty-history" className="text-2xl font-semibold">
        {t('history.heading')}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('history.heading')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">
                {t('columns.when')}
              </th>
              <th scope="col" className="p-2">
                {t('columns.trigger')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('columns.differences')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('columns.filed')}
              </th>
              <th scope="col" className="p-2">
                {t('columns.outcome')}
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <FormattedDate date={run.startedAt} format="short" />
                </th>
                <td className="p-2">{t('trigger', { trigger: run.trigger })}</td>
                <td className="p-2 text-right">{run.differences}</td>
                <td className="p-2 text-right">{run.filed}</td>
                <td className="p-2 break-words">
                  {run.error ? (
                    <>
                      {t('history.failed')}: <span lang="en">{run.error}</span>
                    </>
                  ) : (
                    t('history.completed')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
