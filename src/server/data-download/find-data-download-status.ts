import 'server-only';

import { env } from '@/env';
import { prisma } from '@/server/db';

import { getDataDownload } from './get-data-download';

/** For the back office: the public download, the latest build (running, failed or done). */
export const findDataDownloadStatus = async () => {
  const [current, latest] = await Promise.all([
    getDataDownload(),
    prisma.dataDownload.findFirst({
      orderBy: { startedAt: 'desc' },
      select: { status: true, startedAt: true, finishedAt: true },
    }),
  ]);
  return { current, latest, quietMinutes: Math.ceil(env.DATA_DOWNLOAD_QUIET_SECONDS / 60) };
};
