import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import { scheduleJob } from '@/server/queue/schedule-job';

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
 * The periodic follow-up reminders (FOLLOW_UP_REMINDER_CRON, read in DIGEST_TIMEZONE): the job
 * queues the mails for the mail worker (shared send rate). `off` removes a schedule left in the
 * database by an earlier configuration.
 */
export const startFollowUpReminderSchedule = ({
  cron = env.FOLLOW_UP_REMINDER_CRON,
  timeZone = env.DIGEST_TIMEZONE,
  pollingIntervalSeconds = 2,
}: StartFollowUpReminderScheduleOptions = {}) =>
  scheduleJob({
    queue: QUEUE,
    cron: cron === 'off' ? null : cron,
    timeZone,
    pollingIntervalSeconds,
    run: () => sendFollowUpReminders(),
  });
