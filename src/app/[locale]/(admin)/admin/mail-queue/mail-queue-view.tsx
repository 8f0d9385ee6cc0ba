import { getFormatter, getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { env } from '@/env';
import type { MailDeliveryStatus } from '@/generated/prisma/enums';
import type { getMailQueueOverview } from '@/server/subscriptions/get-mail-queue-overview';

export type MailQueueViewProps = { overview: Awaited<ReturnType<typeof getMailQueueOverview>> };

const STATUSES: readonly MailDeliveryStatus[] = [
  'PENDING',
  'SENDING',
  'SENT',
  'FAILED',
  'INTERRUPTED',
  'SKIPPED',
];

const cell = 'p-2 align-top';

export const MailQueueView = async ({ overview }: MailQueueViewProps) => {
  const [t, format] = await Promise.all([getTranslations('AdminMailQueue'), getFormatter()]);
  const time = (date: Date) =>
    `${format.dateTime(date, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC`;
  return (
    <div className="space-y-8">
      <AdminPageHeader title={t('title')}>
        <p>{t('intro', { rate: env.MAIL_PER_MINUTE })}</p>
      </AdminPageHeader>

      <section aria-labelledby="mail-states" className="space-y-3">
        <h2 id="mail-states" className="text-xl font-semibold text-brand-900">
          {t('statesHeading')}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {STATUSES.map((status) => (
            <div key={status} className="rounded border border-slate-300 p-3">
              <dt className="font-semibold">{t(`states.${status}.label`)}</dt>
              <dd className="text-2xl font-bold">{format.number(overview.counts[status] ?? 0)}</dd>
              <dd className="text-sm text-slate-600">{t(`states.${status}.description`)}</dd>
            </div>
          ))}
        </dl>
        <p>
          {t('subscribers', {
            confirmed: overview.subscribers.confirmed,
            unconfirmed: overview.subscribers.unconfirmed,
          })}
        </p>
      </section>

      <section aria-labelledby="mail-jobs" className="space-y-3">
        <h2 id="mail-jobs" className="text-xl font-semibold text-brand-900">
          {t('jobsHeading')}
        </h2>
        <p>{t('schedule', { cron: env.DIGEST_CRON, timeZone: env.DIGEST_TIMEZONE })}</p>
        {overview.jobs === null ? (
          <p>{t('queueNotStarted')}</p>
        ) : overview.jobs.length === 0 ? (
          <p>{t('noJobs')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('jobsCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">
                    {t('columns.queue')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('columns.state')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('columns.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.jobs.map((row) => (
                  <tr key={`${row.queue}-${row.state}`} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-mono font-normal">
                      {row.queue}
                    </th>
                    <td className="p-2 font-mono">{row.state}</td>
                    <td className="p-2 text-right">{format.number(row.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="mail-problems" className="space-y-3">
        <h2 id="mail-problems" className="text-xl font-semibold text-brand-900">
          {t('problemsHeading')}
        </h2>
        {!overview.showAddresses && <p>{t('addressesHidden')}</p>}
        {overview.problems.length === 0 ? (
          <p>{t('noProblems')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('problemsCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">
                    {t('columns.time')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('columns.kind')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('columns.state')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('columns.attempts')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('columns.error')}
                  </th>
                  {overview.showAddresses && (
                    <th scope="col" className="p-2">
                      {t('columns.recipient')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {overview.problems.map((problem) => (
                  <tr key={problem.id} className="border-b border-slate-200">
                    <td className={`${cell} whitespace-nowrap`}>
                      <time dateTime={problem.updatedAt.toISOString()}>
                        {time(problem.updatedAt)}
                      </time>
                    </td>
                    <th scope="row" className={`${cell} font-normal`}>
                      {t(`kinds.${problem.kind}`)}
                    </th>
                    <td className={cell}>{t(`states.${problem.status}.label`)}</td>
                    <td className={`${cell} text-right`}>{problem.attempts}</td>
                    <td className={`${cell} break-all`}>{problem.lastError ?? t('none')}</td>
                    {overview.showAddresses && (
                      <td className={`${cell} break-all`}>
                        {problem.recipient ?? t('unsubscribed')}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
};
