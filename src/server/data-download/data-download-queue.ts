import 'server-only';

import type PgBoss from 'pg-boss';

import type { DataDownloadTrigger } from '@/generated/prisma/enums';
import { ensureQueues } from '@/server/queue/ensure-queues';
import { getJobQueue } from '@/server/queue/get-job-queue';

export const DATA_DOWNLOAD_QUEUES = {
  /** Every minute (cron): is the download older than a change that has since gone quiet? */
  check: 'data-download-check',
  /** One build. */
  build: 'data-download-build',
} as const;

export type BuildJobData = { trigger: DataDownloadTrigger };

/** One singletonKey for every build job: with the stately policy, at most one waits. */
export const BUILD_SINGLETON_KEY = 'data-download';

const SETTINGS: PgBoss.Queue[] = [
  { name: DATA_DOWNLOAD_QUEUES.check, policy: 'singleton', retryLimit: 0, expireInSeconds: 60 },
  // Stately: one build waiting and one running at most, across instances. A build whose worker
  // died expires and is tried once more.
  {
    name: DATA_DOWNLOAD_QUEUES.build,
    policy: 'stately',
    retryLimit: 1,
    expireInSeconds: 60 * 60,
  },
];

const globalForQueues = globalThis as unknown as {
  prevenirDataDownloadQueues?: WeakMap<PgBoss, Promise<void>>;
};
const created = (globalForQueues.prevenirDataDownloadQueues ??= new WeakMap());

/** The job queue with the data download's queues created. */
export const getDataDownloadQueue = async (): Promise<PgBoss> => {
  const boss = await getJobQueue();
  let ready = created.get(boss);
  if (!ready) {
    ready = ensureQueues(boss, SETTINGS).catch((error: unknown) => {
      created.delete(boss);
      throw error;
    });
    created.set(boss, ready);
  }
  await ready;
  return boss;
};
