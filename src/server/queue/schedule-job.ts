import 'server-only';

import type PgBoss from 'pg-boss';

import { ensureQueues } from './ensure-queues';
import { getJobQueue } from './get-job-queue';

export type ScheduleJobOptions = {
  /** The queue and its policy (e.g. `singleton`: one run at a time across instances). */
  queue: PgBoss.Queue;
  /** When to run; null removes a schedule left in the database by an earlier configuration. */
  cron: string | null;
  timeZone: string;
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds: number;
  run: () => Promise<unknown>;
};

/**
 * A periodic job in the app's pg-boss: its cron fires once per tick across instances and one
 * worker takes each job. True when scheduled, false when `cron` is null (off).
 */
export const scheduleJob = async ({
  queue,
  cron,
  timeZone,
  pollingIntervalSeconds,
  run,
}: ScheduleJobOptions) => {
  const boss = await getJobQueue();
  await ensureQueues(boss, [queue]);
  if (!cron) {
    await boss.unschedule(queue.name);
    return false;
  }
  await boss.schedule(queue.name, cron, {}, { tz: timeZone });
  await boss.work(queue.name, { batchSize: 1, pollingIntervalSeconds }, async () => {
    await run();
  });
  return true;
};
