import 'server-only';

import { prisma } from '@/server/db';

export type PublicDataDownload = {
  sha256: string;
  size: number;
  builtAt: Date;
  counts: Record<string, number>;
};

/** The ZIP the public gets: the latest READY build (null: none built yet). */
export const getDataDownload = async (): Promise<PublicDataDownload | null> => {
  const build = await prisma.dataDownload.findFirst({
    where: { status: 'READY', sha256: { not: null } },
    orderBy: { startedAt: 'desc' },
    select: { sha256: true, size: true, finishedAt: true, counts: true },
  });
  if (!build?.sha256 || build.size === null || !build.finishedAt) return null;
  return {
    sha256: build.sha256,
    size: Number(build.size),
    builtAt: build.finishedAt,
    counts: build.counts as Record<string, number>,
  };
};
