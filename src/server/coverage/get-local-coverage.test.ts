// Coverage of the federal States' local mechanisms, on a real PostgreSQL of this file's own
// seeded from prisma/data (the counts depend on every local mechanism in the database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';

import { seedDatabase } from '../../../prisma/seed/seed-database';
import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('local_coverage');

let db: PrismaClient;
let getLocalCoverage: (typeof import('./get-local-coverage'))['getLocalCoverage'];
let runDataUpdate: (typeof import('../data-update/run-data-update'))['runDataUpdate'];

const quiet = () => {};

const coverageOf = async (slug: string, locale: 'es' | 'pt' | 'en' = 'en') => {
  const country = await db.country.findUniqueOrThrow({ where: { slug } });
  return (await getLocalCoverage({ countryId: country.id, iso2: country.iso2, locale }))!;
};

const unit = (coverage: Awaited<ReturnType<typeof coverageOf>>, code: string) =>
  coverage.units.find((u) => u.code === code)!;

describe('getLocalCoverage', () => {
  beforeAll(async () => {
    db = await database.open();
    ({ getLocalCoverage } = await import('./get-local-coverage'));
    ({ runDataUpdate } = await import('../data-update/run-data-update'));
    await seedDatabase(db, quiet);
  }, 180_000);

  afterAll(async () => {
    await database.close();
  }, 60_000);

  it('counts the units of each federal State from the ISO 3166-2 lists, not the mechanisms', async () => {
    const [argentina, brazil, mexico] = await Promise.all([
      coverageOf('argentina'),
      coverageOf('brazil'),
      coverageOf('mexico'),
    ]);
    expect([argentina.total, brazil.total, mexico.total]).toEqual([24, 27, 32]);
    expect(argentina.unitKind).toBe('provinces');
    // The shared data: 10 Argentine provinces and 12 Brazilian states with a local mechanism
    // created by law or designated; none in Mexico (SOURCES.md: no state mechanisms found).
    expect([argentina.covered, brazil.covered, mexico.covered]).toEqual([10, 12, 0]);
    expect(mexico.units.every((u) => u.status === 'NONE')).toBe(true);
  });

  it('links each seeded local mechanism to its unit, with its law; unknown status stays unknown', async () => {
    const argentina = await coverageOf('argentina', 'es');
    const buenosAires = unit(argentina, 'AR-B');
    expect(buenosAires.mechanisms.map((m) => m.name)).toEqual([
      'Comisión Provincial por la Memoria',
    ]);
    expect(buenosAires.status).toBe('RECORDED');
    expect(unit(argentina, 'AR-M').mechanisms[0]!.legalBasis).toMatch(/^Ley 8284/);
    // The city of Buenos Aires is a unit of its own, without a mechanism on record.
    expect(unit(argentina, 'AR-C')).toMatchObject({ status: 'NONE', mechanisms: [] });
    const brazil = await coverageOf('brazil', 'pt');
    expect(unit(brazil, 'BR-MS').mechanisms[0]!.legalBasis).toMatch(/Lei nº 5\.314/);
    expect(unit(brazil, 'BR-SP').status).toBe('NONE');
  });

  it("follows editors' changes: a status, a draft, a mechanism created without a code", async () => {
    const argentina = await db.country.findUniqueOrThrow({ where: { slug: 'argentina' } });
    await db.mechanism.update({
      where: { slug: 'argentina-mendoza' },
      data: { operationalStatus: 'OPERATIONAL' },
    });
    await db.mechanism.update({ where: { slug: 'argentina-salta' }, data: { status: 'DRAFT' } });
    await db.mechanism.create({
      data: {
        slug: 'coverage-test-cordoba',
        countryId: argentina.id,
        level: 'LOCAL',
        jurisdiction: 'Córdoba',
        operationalStatus: 'IN_PROCESS',
        originalLocale: 'es',
        status: 'PUBLISHED',
      },
    });
    const coverage = await coverageOf('argentina');
    expect(unit(coverage, 'AR-M').status).toBe('OPERATIONAL');
    expect(unit(coverage, 'AR-A')).toMatchObject({ status: 'NONE', mechanisms: [] });
    expect(unit(coverage, 'AR-X').status).toBe('IN_PROCESS');
    // Salta's draft leaves; Córdoba's bill in process is not a mechanism on record.
    expect(coverage.covered).toBe(9);
  });

  it('gives a database from before the code existed its codes through the data update', async () => {
    // As a database migrated from the previous schema holds it: the column empty, never written.
    await db.mechanism.updateMany({ where: { level: 'LOCAL' }, data: { subdivisionCode: null } });
    await db.seededValue.deleteMany({ where: { field: 'subdivisionCode' } });
    const result = await runDataUpdate(db, { log: quiet });
    expect(result.proposed).toBe(0);
    const codes = await db.mechanism.findMany({
      where: { level: 'LOCAL', slug: { not: 'coverage-test-cordoba' } },
      select: { subdivisionCode: true },
    });
    expect(codes).toHaveLength(22);
    expect(codes.every((m) => /^(AR|BR)-[A-Z]{1,2}$/.test(m.subdivisionCode ?? ''))).toBe(true);
    const jujuy = await db.mechanism.findUniqueOrThrow({ where: { slug: 'argentina-jujuy' } });
    expect(jujuy.subdivisionCode).toBe('AR-Y');
  });
});
