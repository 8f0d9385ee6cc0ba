import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { TreatyCheckRunItem } from '@/server/treaty-check/find-treaty-check-runs';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A stored value as the queue shows it: nothing as a dash. */
const show = (value: string | null) => value ?? '—';

/** One run: when, which pages as at which day, what it found and filed, or why it failed. */
export const TreatyCheckRunDetails = async ({ run }: { run: TreatyCheckRunItem }) => {
  const t = await getTranslations('AdminTreatyCheck');
  return (
    <div className="space-y-3" data-run={run.error ? 'failed' : 'completed'}>
      <p>
        {t.rich('last.when', {
          trigger: run.trigger,
          date: () => <FormattedDate date={run.startedAt} format="short" />,
        })}
      </p>
      {run.pages.length > 0 && (
        <ul className="list-disc ps-6">
          {run.pages.map((page) => (
            <li key={page.treaty}>
              {t.rich('last.page', {
                treaty: page.treaty,
                from: page.from,
                date: () => <FormattedDate date={day(page.statusAsAt)} />,
              })}
            </li>
          ))}
        </ul>
      )}
      {run.error ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">
          <p className="font-semibold">{t('last.failed')}</p>
          <p lang="en" className="break-words">
            {run.error}
          </p>
        </div>
      ) : (
        <p className="font-semibold" data-differences={run.differences} data-filed={run.filed}>
          {t('last.summary', { differences: run.differences, filed: run.filed })}{' '}
          {run.differences > 0 && (
            <Link href="/admin/changes" className="font-normal text-brand-700 underline">
              {t('last.review')}
            </Link>
          )}
        </p>
      )}
      {run.differenceList.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('last.tableCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('columns.country')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.field')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.current')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.proposed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {run.differenceList.map((d) => (
                <tr
                  key={`${d.iso2}:${d.field}`}
                  className="border-b border-slate-200"
                  data-difference={`${d.iso2}:${d.field}`}
                >
                  <th scope="row" className="p-2 font-normal">
                    {d.country}
                  </th>
                  <td className="p-2">{t('field', { field: d.field })}</td>
                  <td className="p-2">{show(d.current)}</td>
                  <td className="p-2">{show(d.proposed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {run.notes.length > 0 && (
        <>
          <h3 className="text-lg font-semibold">{t('notes.heading')}</h3>
          <ul className="list-disc ps-6">
            {run.notes.map((note) => (
              <li key={`${note.treaty}:${note.iso2}:${note.kind}`}>
                {t('notes.item', { country: note.country, treaty: note.treaty, kind: note.kind })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
