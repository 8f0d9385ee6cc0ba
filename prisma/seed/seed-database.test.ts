// seedDatabase against a real PostgreSQL of its own: the seed needs an EMPTY database, which a
// database shared with other test files cannot promise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDatabase, type SeedResult } from './seed-database';

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

const freePortIn55000Range = async () => {
  const start = 55_000 + Math.floor(Math.random() * 900);
  for (let port = start; port < start + 100; port += 1) if (await isFree(port)) return port;
  throw new Error('No free port between 55000 and 56000');
};

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('seedDatabase', () => {
  let database: EmbeddedDatabase | undefined;
  let prisma: PrismaClient;
  let firstRun: SeedResult;
  let secondRun: SeedResult;
  const tableCounts = () =>
    Promise.all([
      prisma.country.count(),
      prisma.countryTranslation.count(),
      prisma.mechanism.count(),
      prisma.mechanismTranslation.count(),
      prisma.theme.count(),
      prisma.document.count(),
      prisma.documentTranslation.count(),
      prisma.event.count(),
      prisma.cooperation.count(),
    ]);
  let countsAfterFirstRun: number[];

  beforeAll(async () => {
    database = await startEmbeddedPostgres({
      dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-seed-test-')),
      port: await freePortIn55000Range(),
      database: 'prevenir_seed_test',
      persistent: false,
    });
    execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: 'pipe',
    });
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });

    const quiet = () => {};
    firstRun = await seedDatabase(prisma, quiet);
    countsAfterFirstRun = await tableCounts();
    secondRun = await seedDatabase(prisma, quiet);
  }, 180_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.stop();
  }, 60_000);

  it('seeds every country of opcat-latam.json and its national mechanisms', async () => {
    expect(firstRun).toMatchObject({ skipped: false, counts: { countries: 20 } });
    expect(await prisma.country.count()).toBe(20);
    expect(await prisma.mechanism.count({ where: { level: 'NATIONAL' } })).toBe(14);
  });

  it("stores Peru's ratification dates as calendar dates", async () => {
    const peru = await prisma.country.findUniqueOrThrow({ where: { slug: 'peru' } });
    expect(day(peru.catRatifiedOn)).toBe('1988-07-07');
    expect(day(peru.opcatRatifiedOn)).toBe('2006-09-14');
  });

  it("keeps Colombia's unconfirmed OPCAT ratification date null", async () => {
    const colombia = await prisma.country.findUniqueOrThrow({ where: { slug: 'colombia' } });
    expect(colombia.opcatStatus).toBe('PARTY');
    expect(colombia.opcatRatifiedOn).toBeNull();
  });

  it.each([
    ['argentina', 7],
    ['brazil', 11],
  ])('gives %s %i local mechanisms under its national one', async (slug, expected) => {
    const national = await prisma.mechanism.findUniqueOrThrow({
      where: { slug: `${slug}-npm` },
      include: { localChildren: true },
    });
    expect(national.level).toBe('NATIONAL');
    const locals = await prisma.mechanism.findMany({
      where: { level: 'LOCAL', country: { slug } },
    });
    expect(locals).toHaveLength(expected);
    expect(locals.every((local) => local.parentId === national.id)).toBe(true);
    expect(national.localChildren).toHaveLength(expected);
  });

  it('does nothing on the second run', async () => {
    expect(secondRun).toEqual({ skipped: true });
    expect(await tableCounts()).toEqual(countsAfterFirstRun);
  });

  it('gives every seeded row at least one source', async () => {
    const rows = [
      ...(await prisma.country.findMany({ select: { slug: true, sources: true } })),
      ...(await prisma.mechanism.findMany({ select: { slug: true, sources: true } })),
      ...(await prisma.document.findMany({ select: { slug: true, sources: true } })),
      ...(await prisma.event.findMany({ select: { slug: true, sources: true } })),
      ...(await prisma.cooperation.findMany({ select: { slug: true, sources: true } })),
    ];
    expect(rows.length).toBe(20 + 14 + 18 + 6 + 3 + 2);
    expect(rows.filter((row) => row.sources.length === 0).map((row) => row.slug)).toEqual([]);
  });
});
