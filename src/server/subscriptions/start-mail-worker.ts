import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';

import { cleanUpSubscriptions } from './clean-up-subscriptions';
import { deliverMail } from './deliver-mail';
import { getMailQueue } from './get-mail-queue';
import { MAIL_QUEUES, type SendJobData } from './mail-jobs';
import { scanPublications } from './scan-publications';
import { sendWeeklyDigests } from './send-weekly-digests';

const globalForWorker = globalThis as unknown as {
  prevenirMailWorkers?: WeakMap<PgBoss, Promise<void>>;
};
const started = (globalForWorker.prevenirMailWorkers ??= new WeakMap());

export type StartMailWorkerOptions = {
  digestCron?: string;
  digestTimeZone?: string;
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /** False: work jobs only (tests send the scan and digest jobs themselves). */
  schedule?: boolean;
};

const registerWork = async (
  boss: PgBoss,
  {
    digestCron,
    digestTimeZone,
    pollingIntervalSeconds,
    schedule,
  }: Required<StartMailWorkerOptions>,
) => {
  if (schedule) {
    await boss.schedule(MAIL_QUEUES.scan, '* * * * *');
    await boss.schedule(MAIL_QUEUES.digest, digestCron, {}, { tz: digestTimeZone });
  }
  await boss.work<SendJobData>(
    MAIL_QUEUES.send,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      await deliverMail({
        deliveryId: job.data.deliveryId,
        lastAttempt: job.retryCount >= job.retryLimit,
      });
    },
  );
  await boss.work(MAIL_QUEUES.scan, { batchSize: 1, pollingIntervalSeconds }, async () => {
    await scanPublications({ boss });
    await cleanUpSubscriptions();
  });
  await boss.work(MAIL_QUEUES.digest, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
    if (job) await sendWeeklyDigests({ runId: job.id, boss });
  });
};

/**
 * Works the mail jobs in this process: sends queued mails, scans for new publications every
 * minute and sends the weekly digests on DIGEST_CRON. Every app instance runs it; pg-boss hands
 * each job to one worker only (and its cron to one instance), so instances never double up.
 */
export const startMailWorker = async ({
  digestCron = env.DIGEST_CRON,
  digestTimeZone = env.DIGEST_TIMEZONE,
  pollingIntervalSeconds = 2,
  schedule = true,
}: StartMailWorkerOptions = {}): Promise<PgBoss> => {
  const boss = await getMailQueue();
  // Once per pg-boss instance, however many times this is called (several bundles, retries).
  let starting = started.get(boss);
  if (!starting) {
    starting = registerWork(boss, { digestCron, digestTimeZone, pollingIntervalSeconds, schedule });
    started.set(boss, starting);
    starting.catch(() => started.delete(boss));
  }
  await starting;
  return boss;
};
