import 'server-only';

import { env } from '@/env';

import { startDataDownloadWorker } from './start-data-download-worker';

const RETRY_MS = 10_000;

// Once per process, however many bundles load this module.
const globalForWorker = globalThis as unknown as { prevenirDataDownload?: boolean };

/**
 * Starts the data download's jobs without holding up the server (src/instrumentation.ts), on the
 * instances that work jobs (MAIL_WORKER on); retries while the database cannot be reached.
 */
export const startDataDownloadInBackground = () => {
  if (env.MAIL_WORKER === 'off' || globalForWorker.prevenirDataDownload) return;
  globalForWorker.prevenirDataDownload = true;
  const attempt = () => {
    startDataDownloadWorker().catch((error: unknown) => {
      console.error(
        `[jobs] data download worker not started, retrying in ${RETRY_MS / 1000} s`,
        error,
      );
      setTimeout(attempt, RETRY_MS).unref();
    });
  };
  attempt();
};
