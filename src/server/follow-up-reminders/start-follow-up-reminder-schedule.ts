import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import { ensureQueues } from '@/server/queue/ensure-queues';
import { getJobQueue } from '@/server/queue/get-job-queue';

import { sendFollowUpReminders } from './send-follow-up-reminders';

export const FOLLOW_UP_REMINDER_QUEUE = 'follow-up-reminders';

// One run at a time across instances (pg-boss's singleton policy). A failed run is retried: the
// users it had reached already have their reminder, and are skipped.
const QUEUE: PgBoss.Queue = {
  name: FOLLOW_UP_REMINDER_QUEUE,
  policy: 'singleton',
  retryLimit: 3,
  retryDelay: 5 * 60,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
};

export type StartFollowUpReminderScheduleOptions = {
  /** FOLLOW_UP_REMINDER_CRON; `off` stops the reminders. */
  cron?: string;
  timeZone?: string;
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
};

/**
 * The periodic follow-up reminders (FOLLOW_UP_REMINDER_CRON, read in DIGEST_TIMEZONE), in the
 * app's pg-boss: its cron fires once per tick across instances and one worker takes the job,
 * which queues the mails for the mail worker (shared send rate). `off` removes a schedule left in
 * the database by an earlier configuration.
 */
export const startFollowUpReminderSchedule = async ({
  cron = env.FOLLOW_UP_REMINDER_CRON,
  timeZone = env.DIGEST_TIMEZONE,
  pollingIntervalSeconds = 2,
}: StartFollowUpReminderScheduleOptions = {}) => {
  const boss = await getJobQueue();
  await ensureQueues(boss, [QUEUE]);
  if (cron === 'off') {
    await boss.unschedule(FOLLOW_UP_REMINDER_QUEUE);
    return false;
  }
  await boss.schedule(FOLLOW_UP_REMINDER_QUEUE, cron, {}, { tz: timeZone });
  await boss.work(FOLLOW_UP_REMINDER_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async () => {
    await sendFollowUpReminders();
  });
  return true;
};
