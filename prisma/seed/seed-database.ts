import type { PrismaClient } from '@/generated/prisma/client';

import { applyDataUpdate } from '../../src/server/data-update/apply-data-update';
import { buildDesiredState } from '../../src/server/data-update/build-desired-state';
import { seedThesaurus } from '../../src/server/thesaurus/seed-thesaurus';
import { seedCooperations } from './cooperations';
import { seedEvents } from './events';
import { seedThemes } from './themes';

export type SeedCounts = {
  countries: number;
  nationalMechanisms: number;
  localMechanisms: number;
  sources: number;
  citations: number;
  themes: number;
  documents: number;
  recommendations: number;
  events: number;
  cooperations: number;
  thesaurusConcepts: number;
};

export type SeedResult = { skipped: true } | { skipped: false; counts: SeedCounts };

/**
 * Fills an empty database with the sourced facts of prisma/data. It does nothing when countries
 * already exist, so running it again (or on a database editors have changed) never duplicates or
 * overwrites anything; corrections to an existing database come from the data update
 * (src/server/data-update), which also creates the countries, mechanisms, sources and citations
 * here, so both paths write the same rows. One transaction: a failure leaves the database empty.
 */
export const seedDatabase = async (
  prisma: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<SeedResult> => {
  const result = await prisma.$transaction(
    async (db): Promise<SeedResult> => {
      const existing = await db.country.count();
      if (existing > 0) return { skipped: true };

      // Order matters: later steps connect to earlier rows by slug (documents to themes, events
      // and cooperations to mechanisms and documents).
      const themes = await seedThemes(db);
      await applyDataUpdate(db, { desired: buildDesiredState(), legacy: [], mode: 'seed' });
      const events = await seedEvents(db);
      const cooperations = await seedCooperations(db);
      const thesaurusConcepts = await seedThesaurus(db);
      const [
        countries,
        nationalMechanisms,
        localMechanisms,
        sources,
        citations,
        documents,
        recommendations,
      ] = await Promise.all([
        db.country.count(),
        db.mechanism.count({ where: { level: 'NATIONAL' } }),
        db.mechanism.count({ where: { level: 'LOCAL' } }),
        db.source.count(),
        db.factCitation.count(),
        db.document.count(),
        db.recommendation.count(),
      ]);
      return {
        skipped: false,
        counts: {
          countries,
          nationalMechanisms,
          localMechanisms,
          sources,
          citations,
          themes,
          documents,
          recommendations,
          events,
          cooperations,
          thesaurusConcepts,
        },
      };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );

  if (result.skipped) {
    log('Seed skipped: the Country table already has rows.');
    return result;
  }
  const summary = Object.entries(result.counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
  log(`Seeded ${summary}.`);
  return result;
};
