import 'server-only';

import type PgBoss from 'pg-boss';

import { buildDataDownload } from './build-data-download';
import { checkDataDownload } from './check-data-download';
import {
  type BuildJobData,
  DATA_DOWNLOAD_QUEUES,
  getDataDownloadQueue,
} from './data-download-queue';

export type StartDataDownloadWorkerOptions = {
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /** False: work build jobs only (tests run the check themselves). */
  schedule?: boolean;
};

/**
 * Works the data download's jobs in this process: the check every minute (its cron fires once
 * across instances) and the builds, one at a time across instances.
 */
export const startDataDownloadWorker = async ({
  pollingIntervalSeconds = 2,
  schedule = true,
}: StartDataDownloadWorkerOptions = {}): Promise<PgBoss> => {
  const boss = await getDataDownloadQueue();
  if (schedule) {
    await boss.schedule(DATA_DOWNLOAD_QUEUES.check, '* * * * *');
    await boss.work(DATA_DOWNLOAD_QUEUES.check, { pollingIntervalSeconds }, async () => {
      await checkDataDownload({ boss });
    });
  }
  await boss.work<BuildJobData>(
    DATA_DOWNLOAD_QUEUES.build,
    { batchSize: 1, pollingIntervalSeconds },
    async ([job]) => {
      if (job) await buildDataDownload({ trigger: job.data.trigger });
    },
  );
  return boss;
};
