import 'server-only';

import { env } from '@/env';
import { logger } from '@/server/log/logger';

const RETRY_MS = 10_000;

// Once per process, however many bundles load this module.
const globalForJobs = globalThis as unknown as { prevenirJobsStarted?: boolean };

/**
 * Starts this instance's part of the background jobs without holding up the server
 * (src/instrumentation.ts), unless MAIL_WORKER is `off`. Each starter resolves to what to log
 * (null: nothing, e.g. a schedule that is off); while the database cannot be reached (still
 * starting, or down) the site serves its 503 page and a failed starter is tried again every 10 s.
 */
export const startJobsInBackground = (starters: Record<string, () => Promise<string | null>>) => {
  if (globalForJobs.prevenirJobsStarted) return;
  globalForJobs.prevenirJobsStarted = true;
  if (env.MAIL_WORKER === 'off') {
    logger.info(
      'jobs: MAIL_WORKER=off, this instance queues jobs and mails but does not work them',
    );
    return;
  }
  for (const [name, start] of Object.entries(starters)) {
    const attempt = () => {
      start().then(
        (started) => started && logger.info(`jobs: ${started}`),
        (error: unknown) => {
          logger.error({ err: error, retryInMs: RETRY_MS }, `jobs: ${name} not started, retrying`);
          setTimeout(attempt, RETRY_MS).unref();
        },
      );
    };
    attempt();
  }
};
