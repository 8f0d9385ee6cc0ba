import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import { prisma } from '@/server/db';

import {
  BUILD_SINGLETON_KEY,
  type BuildJobData,
  DATA_DOWNLOAD_QUEUES,
} from './data-download-queue';
import { findUnbuiltChange } from './find-unbuilt-change';

export type CheckDataDownloadOptions = {
  boss: PgBoss;
  now?: Date;
  quietSeconds?: number;
};

/**
 * The debounce, run every minute by one instance: queues a build when there is none yet, or when
 * public content changed after the latest build started and nothing changed for `quietSeconds`
 * since (a burst of publications makes one build, once the editors stop). Returns whether it
 * asked for one; the build queue keeps at most one waiting whatever the number of asks.
 */
export const checkDataDownload = async ({
  boss,
  now = new Date(),
  quietSeconds = env.DATA_DOWNLOAD_QUIET_SECONDS,
}: CheckDataDownloadOptions) => {
  const latest = await prisma.dataDownload.findFirst({
    orderBy: { startedAt: 'desc' },
    select: { startedAt: true },
  });
  if (latest) {
    const changed = await findUnbuiltChange(latest.startedAt);
    if (!changed || now.getTime() - changed.getTime() < quietSeconds * 1000) return false;
  }
  await boss.send(DATA_DOWNLOAD_QUEUES.build, { trigger: 'CHANGE' } satisfies BuildJobData, {
    singletonKey: BUILD_SINGLETON_KEY,
  });
  return true;
};
