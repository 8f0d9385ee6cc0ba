// The home page's counts from a real PostgreSQL, in a database of this file's own (other files'
// countries would change the counts). Facts of real States are the shared data's (UNTC, APT);
// "Estado de prueba" rows are made-up cases the current data no longer has.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Prisma } from '@/generated/prisma/client';

import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('opcat_overview');

// Imported once the own database is set up (src/server/db reads DATABASE_URL on import).
let getOpcatOverview: (typeof import('./get-opcat-overview'))['getOpcatOverview'];
let db: Awaited<ReturnType<typeof database.open>>;

type CountryCase = Omit<Prisma.CountryCreateInput, 'iso3' | 'subregion' | 'federal' | 'slug'> & {
  name: string;
  npm?: { designatedYear: number; status?: 'DRAFT' | 'PUBLISHED' };
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const createCountry = async ({ name, npm, iso2, ...facts }: CountryCase) => {
  const country = await db.country.create({
    data: {
      ...facts,
      iso2,
      iso3: `${iso2}X`,
      slug: name.toLowerCase().replaceAll(' ', '-'),
      subregion: 'SOUTH_AMERICA',
      federal: false,
      translations: { create: [{ locale: 'en', name }] },
    },
  });
  if (npm) {
    await db.mechanism.create({
      data: {
        slug: `${country.slug}-npm`,
        countryId: country.id,
        level: 'NATIONAL',
        originalLocale: 'es',
        designatedYear: npm.designatedYear,
        status: npm.status ?? 'PUBLISHED',
        translations: { create: [{ locale: 'es', name: `Mecanismo ${name}` }] },
      },
    });
  }
};

const names = (countries: { name: string }[]) => countries.map((c) => c.name);

beforeAll(async () => {
  db = await database.open();
  ({ getOpcatOverview } = await import('./get-opcat-overview'));
  const party = { opcatStatus: 'PARTY' as const };
  await createCountry({
    name: 'Colombia',
    iso2: 'CO',
    ...party,
    catRatifiedOn: day('1987-12-08'),
    catBy: 'RATIFICATION',
    opcatRatifiedOn: day('2025-11-10'),
    opcatBy: 'ACCESSION',
  });
  await createCountry({
    name: 'Peru',
    iso2: 'PE',
    ...party,
    opcatRatifiedOn: day('2006-09-14'),
    opcatBy: 'ACCESSION',
    npm: { designatedYear: 2015 },
  });
  await createCountry({
    name: 'Panama',
    iso2: 'PA',
    ...party,
    opcatSignedOn: day('2010-09-22'),
    opcatRatifiedOn: day('2011-06-02'),
    opcatBy: 'RATIFICATION',
    npm: { designatedYear: 2017 },
  });
  await createCountry({ name: 'Venezuela', iso2: 'VE', opcatStatus: 'SIGNATORY' });
  await createCountry({
    name: 'Cuba',
    iso2: 'CU',
    opcatStatus: 'NOT_PARTY',
    catRatifiedOn: day('1995-05-17'),
    catBy: 'RATIFICATION',
  });
  // A party without a recorded deposit date, and one past its deadline whose only NPM is a draft.
  await createCountry({ name: 'Estado de prueba A', iso2: 'XA', ...party });
  await createCountry({
    name: 'Estado de prueba B',
    iso2: 'XB',
    ...party,
    opcatRatifiedOn: day('2011-06-02'),
    npm: { designatedYear: 2020, status: 'DRAFT' },
  });
  // Drafts count nowhere.
  await createCountry({ name: 'Estado de prueba C', iso2: 'XC', ...party, status: 'DRAFT' });
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await database.close();
});

const overviewOn = async (today: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${today}T12:00:00.000Z`));
  return getOpcatOverview({ locale: 'en' });
};

describe('getOpcatOverview', () => {
  it('counts overdue, unknown, pending and late apart, on 5 Dec 2026', async () => {
    const overview = await overviewOn('2026-12-05');
    expect(overview.countryCount).toBe(7);
    expect(overview.statesParties).toBe(5);
    expect(overview.npmsDesignated).toBe(2);
    const { deadlines } = overview;
    expect(names(deadlines.overdue)).toEqual(['Estado de prueba B']);
    expect(names(deadlines.unknown)).toEqual(['Estado de prueba A']);
    expect(names(deadlines.pending)).toEqual(['Colombia']);
    expect(names(deadlines.late)).toEqual(['Panama', 'Peru']);
    expect(deadlines.late.map((c) => c.deadlineStatus)).toEqual([
      { kind: 'late', lateness: { precision: 'YEAR', unit: 'years', count: 5, year: 2017 } },
      { kind: 'late', lateness: { precision: 'YEAR', unit: 'years', count: 8, year: 2015 } },
    ]);
    expect(deadlines.onTime).toEqual([]);
    expect(deadlines.timingUnknown).toEqual([]);
  });

  it('finds Colombia overdue once 10 Dec 2026 has passed without a designation', async () => {
    const onDeadline = await overviewOn('2026-12-10');
    expect(names(onDeadline.deadlines.pending)).toEqual(['Colombia']);
    const after = await overviewOn('2026-12-11');
    expect(names(after.deadlines.overdue)).toEqual(['Colombia', 'Estado de prueba B']);
    expect(after.deadlines.pending).toEqual([]);
  });

  it('words each standing from the recorded status and "by"', async () => {
    const { countries } = await overviewOn('2026-12-05');
    const byName = new Map(countries.map((c) => [c.name, c]));
    expect(byName.get('Cuba')).toMatchObject({
      cat: { kind: 'party', by: 'RATIFICATION' },
      opcat: { kind: 'not-party' },
    });
    expect(byName.get('Colombia')?.opcat).toMatchObject({ kind: 'party', by: 'ACCESSION' });
    expect(byName.get('Venezuela')).toMatchObject({
      cat: { kind: 'unknown' },
      opcat: { kind: 'signatory' },
    });
    expect(byName.get('Estado de prueba A')?.opcat).toEqual({
      kind: 'party',
      by: null,
      on: null,
      signedOn: null,
    });
  });
});
