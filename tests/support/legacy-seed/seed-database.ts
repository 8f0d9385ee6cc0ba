// The seed as it was before the data update existed (prisma/seed at commit 9324090), reading the
// data it was made from (prisma/data/previous). Tests seed a database with it to check that the
// data update corrects a deployment seeded from the old data. The parts the data update rewrites
// (countries, mechanisms, documents) are kept as they were: do not edit them. Themes, events and
// cooperations were seeded the same way then as now, so they come from prisma/seed.
import type { PrismaClient } from '@/generated/prisma/client';

import { seedCooperations } from '../../../prisma/seed/cooperations';
import { seedEvents } from '../../../prisma/seed/events';
import { seedThemes } from '../../../prisma/seed/themes';
import { seedCountries } from './countries';
import { seedDocuments } from './documents';
import { seedMechanisms } from './mechanisms';

export type SeedCounts = {
  countries: number;
  nationalMechanisms: number;
  localMechanisms: number;
  themes: number;
  documents: number;
  events: number;
  cooperations: number;
};

export type SeedResult = { skipped: true } | { skipped: false; counts: SeedCounts };

/**
 * Fills an empty database with the sourced facts of prisma/data. It does nothing when countries
 * already exist, so running it again (or on a database editors have changed) never duplicates or
 * overwrites anything. One transaction: a failure leaves the database empty, not half-seeded.
 */
export const seedDatabase = async (
  prisma: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<SeedResult> => {
  const result = await prisma.$transaction(
    async (db): Promise<SeedResult> => {
      const existing = await db.country.count();
      if (existing > 0) return { skipped: true };

      // Order matters: later steps connect to earlier rows by slug.
      const countries = await seedCountries(db);
      const mechanisms = await seedMechanisms(db);
      const themes = await seedThemes(db);
      const documents = await seedDocuments(db);
      const events = await seedEvents(db);
      const cooperations = await seedCooperations(db);
      return {
        skipped: false,
        counts: {
          countries,
          nationalMechanisms: mechanisms.national,
          localMechanisms: mechanisms.local,
          themes,
          documents,
          events,
          cooperations,
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
