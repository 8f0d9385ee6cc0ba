// seedDatabase against a real PostgreSQL of its own: the seed needs an EMPTY database, which a
// database shared with other test files cannot promise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '../../src/generated/prisma/client';
import type { DataUpdateResult } from '../../src/server/data-update/apply-data-update';
import { RECOMMENDATION_RECORDS } from '../../src/server/data-update/data-files';
import { runDataUpdate } from '../../src/server/data-update/run-data-update';
import { ownDatabase } from '../../tests/support/own-database';
import { seedDatabase, type SeedResult } from './seed-database';

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('seedDatabase', () => {
  const database = ownDatabase('seed');
  let prisma: PrismaClient;
  let update: DataUpdateResult;
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
      prisma.recommendation.count(),
      prisma.recommendationTranslation.count(),
    ]);
  let countsAfterFirstRun: number[];

  beforeAll(async () => {
    prisma = await database.open();
    const quiet = () => {};
    firstRun = await seedDatabase(prisma, quiet);
    countsAfterFirstRun = await tableCounts();
    secondRun = await seedDatabase(prisma, quiet);
    update = await runDataUpdate(prisma, { log: quiet });
  }, 180_000);

  afterAll(async () => {
    await database.close();
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

  it("stores Colombia's accession and Guatemala's corrected CAT date", async () => {
    const colombia = await prisma.country.findUniqueOrThrow({ where: { slug: 'colombia' } });
    expect(colombia.opcatStatus).toBe('PARTY');
    expect(day(colombia.opcatRatifiedOn)).toBe('2025-11-10');
    expect(colombia.opcatBy).toBe('ACCESSION');
    const guatemala = await prisma.country.findUniqueOrThrow({ where: { slug: 'guatemala' } });
    expect(day(guatemala.catRatifiedOn)).toBe('1990-01-05');
    expect(guatemala.catBy).toBe('ACCESSION');
  });

  it('fills the library with real documents, each with its link or its reason for none', async () => {
    expect(await prisma.document.count({ where: { status: 'PUBLISHED' } })).toBe(60);
    expect(await prisma.document.count({ where: { externalUrl: null } })).toBe(2);
    const declaration = await prisma.document.findUniqueOrThrow({
      where: { slug: 'buenos-aires-declaration-2013' },
    });
    expect(declaration.externalUrl).toMatch(/^https:\/\/www\.apt\.ch\//);
    expect(day(declaration.publishedOn)).toBe('2013-08-01');
    expect(declaration.datePrecision).toBe('MONTH');
    const peruVisit = await prisma.document.findUniqueOrThrow({
      where: { slug: 'cat-op-per-1' },
      include: { countries: { select: { slug: true } }, translations: true },
    });
    expect(peruVisit).toMatchObject({ type: 'REPORT', originalLocale: 'es', datePrecision: 'DAY' });
    expect(peruVisit.countries).toEqual([{ slug: 'peru' }]);
    expect(peruVisit.translations[0]?.title).toContain('CAT/OP/PER/1');
  });

  it('publishes every quoted recommendation with its country, text and a Source row', async () => {
    const rows = await prisma.recommendation.findMany({
      orderBy: { slug: 'asc' },
      include: {
        countries: { select: { iso2: true } },
        mechanisms: { select: { slug: true } },
        translations: true,
        themes: true,
      },
    });
    expect(rows).toHaveLength(RECOMMENDATION_RECORDS.length);
    expect(firstRun).toMatchObject({ counts: { recommendations: RECOMMENDATION_RECORDS.length } });
    for (const record of RECOMMENDATION_RECORDS) {
      const row = rows.find((r) => r.slug === record.slug)!;
      expect(row).toMatchObject({
        body: record.body,
        symbol: record.symbol,
        paragraph: record.paragraph,
        sourceUrl: record.sourceUrl,
        originalLocale: record.documentLanguage ?? record.textLocale,
        status: 'PUBLISHED',
        position: 'UNKNOWN',
      });
      expect(day(row.issuedOn)).toBe(record.issuedOn);
      expect(row.countries).toEqual([{ iso2: record.country }]);
      expect(row.translations).toEqual([
        expect.objectContaining({ locale: record.textLocale, text: record.text }),
      ]);
      expect(row.themes.map((t) => t.slug).sort()).toEqual([...record.themes].sort());
      expect(row.mechanisms.map((m) => m.slug).sort()).toEqual([...record.mechanisms].sort());
      const source = await prisma.source.findUniqueOrThrow({
        where: { key: `recommendation:${record.slug}` },
      });
      expect(source).toMatchObject({ url: record.sourceUrl, title: record.sourceTitle });
    }
    // Linked to their State: the country's filter finds them.
    const paraguay = await prisma.recommendation.count({
      where: { status: 'PUBLISHED', countries: { some: { iso2: 'PY' } } },
    });
    expect(paraguay).toBe(RECOMMENDATION_RECORDS.filter((r) => r.country === 'PY').length);
  });

  it('keeps research notes out of public text', async () => {
    expect(await prisma.countryTranslation.count({ where: { notes: { not: null } } })).toBe(0);
    expect(await prisma.mechanismTranslation.count({ where: { notes: { not: null } } })).toBe(0);
    expect(await prisma.country.count({ where: { staffNotes: { not: null } } })).toBe(20);
  });

  it('writes exactly what the data update would: running it next changes nothing', () => {
    expect(update).toMatchObject({ created: 0, updated: 0, proposed: 0, notesMoved: 0 });
    expect(update.skipped).toEqual([]);
  });

  it.each([
    ['argentina', 10],
    ['brazil', 12],
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
    expect(rows.length).toBe(20 + 14 + 22 + 60 + 3 + 2);
    expect(rows.filter((row) => row.sources.length === 0).map((row) => row.slug)).toEqual([]);
  });
});
