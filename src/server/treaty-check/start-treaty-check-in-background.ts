import 'server-only';

import { env } from '@/env';

import { startTreatyCheckSchedule } from './start-treaty-check-schedule';

const RETRY_MS = 10_000;

// Once per process, however many bundles load this module.
const globalForCheck = globalThis as unknown as { prevenirTreatyCheck?: boolean };

/**
 * Sets up the scheduled treaty check without holding up the server (src/instrumentation.ts), on
 * the instances that work jobs (MAIL_WORKER on); retries while the database cannot be reached.
 */
export const startTreatyCheckInBackground = () => {
  if (env.MAIL_WORKER === 'off' || globalForCheck.prevenirTreatyCheck) return;
  globalForCheck.prevenirTreatyCheck = true;
  const attempt = () => {
    startTreatyCheckSchedule().then(
      (on) =>
        on &&
        console.log(`[jobs] treaty check scheduled (TREATY_CHECK_CRON=${env.TREATY_CHECK_CRON})`),
      (error: unknown) => {
        console.error(`[jobs] treaty check not scheduled, retrying in ${RETRY_MS / 1000} s`, error);
        setTimeout(attempt, RETRY_MS).unref();
      },
    );
  };
  attempt();
};
