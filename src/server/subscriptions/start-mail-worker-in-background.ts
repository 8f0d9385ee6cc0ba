import 'server-only';

import { env } from '@/env';
import { logger } from '@/server/log/logger';

import { startMailWorker } from './start-mail-worker';

const RETRY_MS = 10_000;

/**
 * Starts this instance's mail worker without holding up the server (src/instrumentation.ts),
 * unless MAIL_WORKER is `off`. While the database cannot be reached (still starting, or down)
 * the site serves its 503 page and this keeps trying every 10 seconds.
 */
export const startMailWorkerInBackground = () => {
  if (env.MAIL_WORKER === 'off') {
    logger.info('jobs: MAIL_WORKER=off, this instance queues mails but does not send them');
    return;
  }
  const attempt = () => {
    startMailWorker().then(
      () => logger.info('jobs: mail worker started'),
      (error: unknown) => {
        logger.error(
          { err: error, retryInMs: RETRY_MS },
          'jobs: mail worker not started, retrying',
        );
        setTimeout(attempt, RETRY_MS).unref();
      },
    );
  };
  attempt();
};
