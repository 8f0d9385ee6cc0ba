import 'server-only';

import type { TreatyCheckTrigger } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

import { diffTreatyStatus } from './diff-treaty-status';
import { fileTreatyProposals } from './file-treaty-proposals';
import { findTreatyRecords } from './find-treaty-records';
import { UntcPageError } from './parse-untc-date';
import { parseUntcPage } from './parse-untc-page';
import type { UntcInput } from './read-untc-input';
import type { TreatyDifference, TreatyNote } from './treaty-record';

export type RunTreatyCheckOptions = {
  trigger: TreatyCheckTrigger;
  /** Fetches or reads the pages; its errors are the run's error. */
  load: () => Promise<UntcInput[]>;
};

export type TreatyCheckPage = { treaty: string; from: string; statusAsAt: string };

export type TreatyCheckResult = {
  runId: string;
  pages: TreatyCheckPage[];
  differences: TreatyDifference[];
  notes: TreatyNote[];
  filed: number;
  error: string | null;
};

const parseAll = (inputs: UntcInput[]) => {
  if (inputs.length === 0) throw new UntcPageError('No page given');
  const parsed = inputs.map(({ from, html }) => {
    try {
      return { from, page: parseUntcPage(html) };
    } catch (error) {
      if (error instanceof UntcPageError) throw new UntcPageError(`${from}: ${error.message}`);
      throw error;
    }
  });
  const treaties = parsed.map(({ page }) => page.treaty);
  if (new Set(treaties).size !== treaties.length) {
    throw new UntcPageError('The same treaty was given twice: give the CAT and OPCAT pages once');
  }
  return parsed;
};

/**
 * Reads the UNTC status pages, compares them with every country in the database and files one
 * proposal per difference in the review queue, in one transaction under an advisory lock (a
 * scheduled run and a command never file the same proposal twice). Every run, failed or not, is
 * recorded (TreatyCheckRun) for the editors' page; a page that cannot be read files nothing.
 */
export const runTreatyCheck = async ({
  trigger,
  load,
}: RunTreatyCheckOptions): Promise<TreatyCheckResult> => {
  const startedAt = new Date();
  try {
    const parsed = parseAll(await load());
    const pages = parsed.map(({ from, page }) => ({
      treaty: page.treaty,
      from,
      statusAsAt: page.statusAsAt,
    }));
    return await prisma.$transaction(
      async (db) => {
        await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('prevenir:treaty-check'))::text`;
        const statusPages = parsed.map(({ page }) => page);
        const { differences, notes } = diffTreatyStatus({
          pages: statusPages,
          records: await findTreatyRecords(db),
        });
        const filed = await fileTreatyProposals({ db, pages: statusPages, differences });
        const run = await db.treatyCheckRun.create({
          data: {
            trigger,
            startedAt,
            finishedAt: new Date(),
            pages,
            differences: differences.length,
            filed,
            details: { differences, notes },
          },
        });
        return { runId: run.id, pages, differences, notes, filed, error: null };
      },
      { maxWait: 60_000, timeout: 120_000 },
    );
  } catch (error) {
    if (!(error instanceof UntcPageError)) console.error('[treaty-check]', error);
    const message =
      error instanceof UntcPageError ? error.message : `Unexpected error: ${String(error)}`;
    const run = await prisma.treatyCheckRun.create({
      data: { trigger, startedAt, finishedAt: new Date(), error: message.slice(0, 2000) },
    });
    return { runId: run.id, pages: [], differences: [], notes: [], filed: 0, error: message };
  }
};
