// Export → import: a seeded database's documents, events and mechanisms exported with the real
// exporters (CSV, each language), imported into a fresh migrated database, then compared field by
// field with the source, and exported again to the same bytes.
import { afterAll, describe, expect, it, vi } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';

import { seedOpenData } from '../../../tests/support/open-data-fixtures';
import { ownDatabase } from '../../../tests/support/own-database';

const TYPES = ['mechanisms', 'documents', 'events'] as const;
const LANGUAGES = ['es', 'pt', 'en'] as const;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Texts in several languages and every exported field, beyond what the open-data seed has. */
const seedMore = async (db: PrismaClient) => {
  const alba = await db.country.findUniqueOrThrow({ where: { slug: 'alba' } });
  await db.mechanism.create({
    data: {
      slug: 'alba-norte',
      countryId: alba.id,
      level: 'LOCAL',
      jurisdiction: 'Norte',
      acronym: 'MLN',
      model: 'OMBUDSPERSON_OR_NHRI',
      operationalStatus: 'OPERATIONAL',
      originalLocale: 'pt',
      legalBasisDate: day('2012-03-04'),
      designatedYear: 2012,
      website: 'https://norte.example.org',
      email: 'contato@norte.example.org',
      phone: '+55 11 0000',
      address: 'Rua 1, "Centro"',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'pt', name: 'Mecanismo do Norte', legalBasis: 'Lei 10/2012' },
          { locale: 'es', name: 'Mecanismo del Norte' },
          { locale: 'en', name: 'Northern Mechanism', legalBasis: 'Act 10 of 2012' },
        ],
      },
    },
  });
  await db.document.create({
    data: {
      slug: 'english-guide',
      type: 'GUIDE',
      originalLocale: 'en',
      publishedOn: day('2021-06-01'),
      datePrecision: 'MONTH',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'en', title: '=SUM(A1) is not a formula', summary: '-1 means "none"' },
          { locale: 'es', title: 'Guía, en español', summary: 'Línea uno\nlínea dos' },
        ],
      },
    },
  });
  await db.event.create({
    data: {
      slug: 'regional-exchange',
      kind: 'EXCHANGE',
      originalLocale: 'en',
      startsOn: day('2030-09-01'),
      endsOn: day('2030-09-03'),
      datePrecision: 'DAY',
      city: 'Alba',
      countryId: alba.id,
      online: true,
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'en', title: 'Regional exchange', summary: 'Two days', organisers: 'SPT' },
          { locale: 'pt', title: 'Intercâmbio regional', organisers: '@SPT' },
        ],
      },
    },
  });
};

const translations = { orderBy: { locale: 'asc' } } as const;
const country = { select: { slug: true } } as const;

/** The published items as the exports carry them (ids differ between databases; slugs do not). */
const snapshot = async (db: PrismaClient) => ({
  documents: await db.document.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      type: true,
      originalLocale: true,
      publishedOn: true,
      datePrecision: true,
      translations: { ...translations, select: { locale: true, title: true, summary: true } },
    },
  }),
  events: await db.event.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      kind: true,
      originalLocale: true,
      startsOn: true,
      endsOn: true,
      datePrecision: true,
      city: true,
      online: true,
      country,
      translations: {
        ...translations,
        select: { locale: true, title: true, summary: true, organisers: true },
      },
    },
  }),
  mechanisms: await db.mechanism.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      level: true,
      jurisdiction: true,
      acronym: true,
      model: true,
      operationalStatus: true,
      originalLocale: true,
      legalBasisDate: true,
      designatedYear: true,
      designatedOn: true,
      website: true,
      email: true,
      phone: true,
      address: true,
      country,
      translations: { ...translations, select: { locale: true, name: true, legalBasis: true } },
    },
  }),
});

/** Every type's CSV export in every language, as the API serves it. */
const exportAll = async () => {
  const { exportResponse } = await import('@/server/open-data/exports/export-response');
  const files: Record<string, string> = {};
  for (const type of TYPES) {
    for (const lang of LANGUAGES) {
      const url = `http://localhost/api/v1/exports/${type}.csv?lang=${lang}`;
      const response = await exportResponse(new Request(url), `${type}.csv`);
      expect(response.status).toBe(200);
      files[`${type}.${lang}`] = await response.text();
    }
  }
  return files;
};

/** The export without its `updated_at` column, the one value an import cannot carry. */
// It is the only timestamp (dates have no time of day).
const withoutUpdatedAt = (csv: string) => csv.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '');

describe('export → import round trip', () => {
  const source = ownDatabase('import_round_trip_source');
  const target = ownDatabase('import_round_trip_target');
  let closeTarget = false;
  afterAll(async () => {
    if (closeTarget) await target.close();
  });

  it('imports the exports into an empty database with the same fields, and again changes nothing', async () => {
    const sourceDb = await source.open();
    await seedOpenData(sourceDb);
    await seedMore(sourceDb);
    const exported = await exportAll();
    const expected = await snapshot(sourceDb);
    expect(expected.documents.length).toBeGreaterThan(20);
    await source.close();

    // A fresh module graph for the fresh database (src/server/db binds on import); the API's
    // rate limiter keeps its pool on globalThis, so it goes too.
    vi.resetModules();
    delete (globalThis as { prevenirRateLimits?: unknown }).prevenirRateLimits;
    const db = await target.open();
    closeTarget = true;
    // Countries are reference data, not part of these exports: the target has its own.
    const names = { alba: { es: 'Alba', pt: 'Alva' }, boreal: { es: 'Boreal' } };
    for (const [index, [slug, byLocale]] of Object.entries(names).entries()) {
      await db.country.create({
        data: {
          slug,
          iso2: `7${index + 1}`,
          iso3: `07${index + 1}`,
          subregion: 'SOUTH_AMERICA',
          federal: false,
          opcatStatus: 'PARTY',
          translations: {
            create: Object.entries(byLocale).map(([locale, name]) => ({
              locale: locale as 'es' | 'pt',
              name,
            })),
          },
        },
      });
    }
    const user = await db.user.create({
      data: { email: 'importer@example.org', passwordHash: 'x', role: 'EDITOR' },
    });
    const actor = { id: user.id, email: user.email, role: user.role, mechanismId: null };
    const { importContent } = await import('./import-content');
    const importAll = async () => {
      const totals = { created: 0, updated: 0, unchanged: 0, waiting: 0 };
      for (const type of TYPES) {
        for (const lang of LANGUAGES) {
          const bytes = new TextEncoder().encode(exported[`${type}.${lang}`]);
          const report = await importContent({
            actor,
            type,
            open: () => new Blob([bytes]).stream(),
            commit: true,
            publish: true,
          });
          expect(report.errors, `${type}.${lang}`).toEqual([]);
          for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
            totals[key] += report[key];
          }
        }
      }
      return totals;
    };

    // An item whose original language comes after another in the loop waits for a second pass.
    const first = await importAll();
    expect(first.created).toBeGreaterThan(20);
    // The seed's `past-workshop` breaks the forms' rule (original language English, a title only
    // in Spanish): no export can create it, and it keeps waiting in each language's file.
    const second = await importAll();
    expect(second).toMatchObject({ created: 0, waiting: 3 });
    expect(await snapshot(db)).toEqual({
      ...expected,
      events: expected.events.filter((event) => event.slug !== 'past-workshop'),
    });
    expect(await db.document.count({ where: { status: 'DRAFT' } })).toBe(0);

    const audits = await db.auditLog.count();
    const third = await importAll();
    expect(third).toMatchObject({ created: 0, updated: 0, waiting: 3 });
    expect(await db.auditLog.count()).toBe(audits);

    const again = await exportAll();
    // Rows of the same date are ordered by creation time, which the import does not carry: rows compare as
    // a sorted list.
    const rows = (csv: string) =>
      csv
        .split('\r\n')
        .filter((line) => !line.startsWith('past-workshop,'))
        .sort()
        .join('\r\n');
    for (const name of Object.keys(exported)) {
      expect(rows(withoutUpdatedAt(again[name]!)), name).toBe(
        rows(withoutUpdatedAt(exported[name]!)),
      );
    }
  }, 180_000);
});
