import 'server-only';

import { env } from '@/env';
import { prisma } from '@/server/db';

import type { TreatyCheckPage } from './run-treaty-check';
import type { TreatyDifference, TreatyNote } from './treaty-record';

export type FindTreatyCheckRunsOptions = { take?: number };

/** The latest runs, newest first, with the schedule setting: what the editors' page shows. */
export const findTreatyCheckRuns = async ({ take = 20 }: FindTreatyCheckRunsOptions = {}) => {
  const rows = await prisma.treatyCheckRun.findMany({ orderBy: { startedAt: 'desc' }, take });
  const runs = rows.map((row) => {
    const details = row.details as {
      differences?: TreatyDifference[];
      notes?: TreatyNote[];
    } | null;
    return {
      ...row,
      pages: (row.pages as TreatyCheckPage[] | null) ?? [],
      differenceList: details?.differences ?? [],
      notes: details?.notes ?? [],
    };
  });
  return { runs, schedule: env.TREATY_CHECK_CRON ?? null, timeZone: env.DIGEST_TIMEZONE };
};

export type TreatyCheckRunItem = Awaited<ReturnType<typeof findTreatyCheckRuns>>['runs'][number];
