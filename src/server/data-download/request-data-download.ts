import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { jobDb } from '@/server/queue/job-db';

import {
  BUILD_SINGLETON_KEY,
  type BuildJobData,
  DATA_DOWNLOAD_QUEUES,
  getDataDownloadQueue,
} from './data-download-queue';

/**
 * An admin's "rebuild now": queues a build (none is added when one already waits) and audits the
 * request, in one transaction. The current ZIP stays public until the new one is ready.
 */
export const requestDataDownload = async ({ actor }: { actor: Actor }) => {
  assertPermission(actor, 'dataDownload.build');
  const boss = await getDataDownloadQueue();
  await prisma.$transaction(async (tx) => {
    await recordAudit({
      actor,
      action: 'dataDownload.request',
      entityType: 'dataDownload',
      db: tx,
    });
    await boss.send(DATA_DOWNLOAD_QUEUES.build, { trigger: 'ADMIN' } satisfies BuildJobData, {
      singletonKey: BUILD_SINGLETON_KEY,
      db: jobDb(tx),
    });
  });
};
