import 'server-only';

import { env } from '@/env';
import { logger } from '@/server/log/logger';

import { startFollowUpReminderSchedule } from './start-follow-up-reminder-schedule';

const RETRY_MS = 10_000;

// Once per process, however many bundles load this module.
const globalForReminders = globalThis as unknown as { prevenirFollowUpReminders?: boolean };

/**
 * Sets up the scheduled follow-up reminders without holding up the server
 * (src/instrumentation.ts), on the instances that work jobs (MAIL_WORKER on); retries while the
 * database cannot be reached.
 */
export const startFollowUpRemindersInBackground = () => {
  if (env.MAIL_WORKER === 'off' || globalForReminders.prevenirFollowUpReminders) return;
  globalForReminders.prevenirFollowUpReminders = true;
  const attempt = () => {
    startFollowUpReminderSchedule().then(
      (on) =>
        on &&
        logger.info(
          `jobs: follow-up reminders scheduled (FOLLOW_UP_REMINDER_CRON=${env.FOLLOW_UP_REMINDER_CRON})`,
        ),
      (error: unknown) => {
        logger.error(
          { err: error, retryInMs: RETRY_MS },
          'jobs: follow-up reminders not scheduled, retrying',
        );
        setTimeout(attempt, RETRY_MS).unref();
      },
    );
  };
  attempt();
};
