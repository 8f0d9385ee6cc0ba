// Relevance, measured: the judged queries of tests/search/judged-queries.json against the corpus
// of tests/search/judged-corpus.ts and the thesaurus of prisma/data/thesaurus.json, in a database
// of their own (other test files add rows to the shared one, which would change the ranking).
// Prints precision@5 and mean reciprocal rank (all queries, and the cross-language ones) and fails
// below 0.9 and 0.8.
import { afterAll, beforeAll, expect, it } from 'vitest';

import {
  CROSS_LANGUAGE_DOCUMENTS,
  JUDGED_COUNTRIES,
  JUDGED_DOCUMENTS,
  JUDGED_EVENTS,
  JUDGED_MECHANISMS,
} from '../../../tests/search/judged-corpus';
import judged from '../../../tests/search/judged-queries.json';
import { ownDatabase } from '../../../tests/support/own-database';
import { seedThesaurus } from '../thesaurus/seed-thesaurus';

type Locale = 'es' | 'pt' | 'en';

const MIN_PRECISION = 0.9;
const MIN_MRR = 0.8;
const MIN_QUERIES = 100;
const MIN_CROSS_LANGUAGE = 30;
const database = ownDatabase('search_relevance');

// Imported once the own database is set up (src/server/db reads DATABASE_URL on import).
let search: (typeof import('./search-content'))['searchContent'];
let db: Awaited<ReturnType<typeof database.open>>;

const seedCorpus = async () => {
  const country = await db.country.create({
    data: {
      slug: 'rel-country',
      iso2: 'RL',
      iso3: 'REL',
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      translations: { create: [{ locale: 'es', name: 'País de prueba' }] },
    },
  });
  const countries = new Map<string, string>();
  for (const judged of JUDGED_COUNTRIES) {
    const { id } = await db.country.create({
      data: {
        slug: judged.slug,
        iso2: judged.iso2,
        iso3: judged.iso3,
        subregion: 'SOUTH_AMERICA',
        federal: false,
        opcatStatus: 'PARTY',
        translations: {
          create: Object.entries(judged.names).map(([locale, name]) => ({
            locale: locale as Locale,
            name,
          })),
        },
      },
    });
    countries.set(judged.slug, id);
  }
  for (const doc of [...JUDGED_DOCUMENTS, ...CROSS_LANGUAGE_DOCUMENTS])
    await db.document.create({
      data: {
        slug: doc.slug,
        type: doc.type,
        originalLocale: doc.originalLocale,
        publishedOn: new Date(doc.publishedOn),
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(doc.texts).map(([locale, text]) => ({
            locale: locale as Locale,
            ...text,
          })),
        },
      },
    });
  for (const mechanism of JUDGED_MECHANISMS)
    await db.mechanism.create({
      data: {
        slug: mechanism.slug,
        countryId: mechanism.country ? countries.get(mechanism.country)! : country.id,
        level: mechanism.level ?? 'NATIONAL',
        jurisdiction: mechanism.jurisdiction,
        acronym: mechanism.acronym,
        originalLocale: mechanism.originalLocale,
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(mechanism.names).map(([locale, name]) => ({
            locale: locale as Locale,
            name,
          })),
        },
      },
    });
  for (const event of JUDGED_EVENTS)
    await db.event.create({
      data: {
        slug: event.slug,
        kind: event.kind,
        originalLocale: event.originalLocale,
        startsOn: new Date(event.startsOn),
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(event.texts).map(([locale, text]) => ({
            locale: locale as Locale,
            ...text,
          })),
        },
      },
    });
};

beforeAll(async () => {
  db = await database.open();
  search = (await import('./search-content')).searchContent;
  await seedCorpus();
  await seedThesaurus(db);
});

afterAll(() => database.close());

type Row = { query: string; cross: boolean; precision: number; reciprocalRank: number };

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

it(`ranks the judged answers first (precision@5 ≥ ${MIN_PRECISION}, MRR ≥ ${MIN_MRR})`, async () => {
  const rows: (Row & { missing: string[] })[] = [];
  for (const { locale, q, relevant, ...judgement } of judged.queries) {
    const result = await search({ locale: locale as Locale, query: { q, page: 1 } });
    // What a visitor sees, in order: the countries the query names, then the other results.
    const ranked = [...result.countries, ...result.items].map((hit) => hit.href.split('/').pop()!);
    const top = ranked.slice(0, 5);
    const first = ranked.findIndex((slug) => relevant.includes(slug));
    rows.push({
      query: `[${locale}] ${q}`,
      cross: 'cross' in judgement && judgement.cross === true,
      precision:
        relevant.filter((slug) => top.includes(slug)).length / Math.min(5, relevant.length),
      reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
      missing: relevant.filter((slug) => !top.includes(slug)),
    });
  }
  const summary = (subset: Row[], label: string) =>
    `${label} (${subset.length} queries): precision@5 ${mean(subset.map((r) => r.precision)).toFixed(3)}, ` +
    `MRR ${mean(subset.map((r) => r.reciprocalRank)).toFixed(3)}`;
  const cross = rows.filter((row) => row.cross);
  console.log(
    [
      summary(rows, 'all'),
      summary(cross, 'cross-language'),
      ...rows
        .filter((row) => row.precision < 1 || row.reciprocalRank < 1)
        .map(
          (row) =>
            `  P@5 ${row.precision.toFixed(2)}  RR ${row.reciprocalRank.toFixed(2)}  ${row.query}` +
            (row.missing.length ? `  missing: ${row.missing.join(', ')}` : ''),
        ),
    ].join('\n'),
  );
  expect(rows.length).toBeGreaterThanOrEqual(MIN_QUERIES);
  expect(cross.length).toBeGreaterThanOrEqual(MIN_CROSS_LANGUAGE);
  expect(mean(rows.map((row) => row.precision))).toBeGreaterThanOrEqual(MIN_PRECISION);
  expect(mean(rows.map((row) => row.reciprocalRank))).toBeGreaterThanOrEqual(MIN_MRR);
});
