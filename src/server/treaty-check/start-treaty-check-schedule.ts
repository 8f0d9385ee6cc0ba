import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import { ensureQueues } from '@/server/queue/ensure-queues';
import { getJobQueue } from '@/server/queue/get-job-queue';

import { readUntcInput } from './read-untc-input';
import { runTreatyCheck } from './run-treaty-check';
import { UNTC_PAGES } from './untc-page';

export const TREATY_CHECK_QUEUE = 'treaty-check';

// One run at a time across instances (pg-boss's singleton policy); a failed run is recorded, not
// retried: the next tick tries again.
const QUEUE: PgBoss.Queue = {
  name: TREATY_CHECK_QUEUE,
  policy: 'singleton',
  retryLimit: 0,
  expireInSeconds: 10 * 60,
};

export type StartTreatyCheckScheduleOptions = {
  cron?: string;
  timeZone?: string;
  /** What the scheduled check reads: TREATY_CHECK_SOURCES, else UNTC's own addresses. */
  sources?: string[];
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
};

/**
 * The optional periodic treaty check (TREATY_CHECK_CRON, off when unset), in the app's pg-boss:
 * its cron fires once per tick across instances and one worker takes the job. Unset, a schedule
 * left in the database by an earlier configuration is removed.
 */
export const startTreatyCheckSchedule = async ({
  cron = env.TREATY_CHECK_CRON,
  timeZone = env.DIGEST_TIMEZONE,
  sources = env.TREATY_CHECK_SOURCES ?? [UNTC_PAGES.CAT.url, UNTC_PAGES.OPCAT.url],
  pollingIntervalSeconds = 2,
}: StartTreatyCheckScheduleOptions = {}) => {
  const boss = await getJobQueue();
  await ensureQueues(boss, [QUEUE]);
  if (!cron) {
    await boss.unschedule(TREATY_CHECK_QUEUE);
    return false;
  }
  await boss.schedule(TREATY_CHECK_QUEUE, cron, {}, { tz: timeZone });
  await boss.work(TREATY_CHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async () => {
    await runTreatyCheck({
      trigger: 'SCHEDULE',
      load: () => Promise.all(sources.map((source) => readUntcInput(source))),
    });
  });
  return true;
};
