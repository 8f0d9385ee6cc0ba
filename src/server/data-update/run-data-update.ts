import type { PrismaClient } from '@/generated/prisma/client';

import { seedThesaurus } from '../thesaurus/seed-thesaurus';
import { applyDataUpdate, type DataUpdateResult } from './apply-data-update';
import { buildDesiredState } from './build-desired-state';
import { buildLegacyState } from './build-legacy-state';

export type RunDataUpdateOptions = { log?: (line: string) => void };

/**
 * The data update `npm start` (and so the Docker image) runs after the seed: one transaction,
 * under an advisory lock, so two app containers starting together apply it once.
 */
export const runDataUpdate = async (
  prisma: PrismaClient,
  { log = console.log }: RunDataUpdateOptions = {},
): Promise<DataUpdateResult> =>
  prisma.$transaction(
    async (db) => {
      await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('prevenir:data-update'))::text`;
      const result = await applyDataUpdate(db, {
        desired: buildDesiredState(),
        legacy: buildLegacyState(),
        mode: 'update',
        log,
      });
      // Vocabulary added to prisma/data/thesaurus.json since the last run.
      const concepts = await seedThesaurus(db);
      if (concepts > 0) log(`Thesaurus: added ${concepts} concepts.`);
      return result;
    },
    { maxWait: 60_000, timeout: 300_000 },
  );
