// Relevance, measured: the judged queries of tests/search/judged-queries.json against the corpus
// of tests/search/judged-corpus.ts, in a database of their own (other test files add rows to the
// shared one, which would change the ranking). Prints precision@5 and fails below 0.8.
import { afterAll, beforeAll, expect, it } from 'vitest';

import {
  JUDGED_DOCUMENTS,
  JUDGED_EVENTS,
  JUDGED_MECHANISMS,
} from '../../../tests/search/judged-corpus';
import judged from '../../../tests/search/judged-queries.json';
import { ownDatabase } from '../../../tests/support/own-database';

type Locale = 'es' | 'pt' | 'en';

const MIN_PRECISION = 0.8;
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
  for (const doc of JUDGED_DOCUMENTS)
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
        countryId: country.id,
        level: 'NATIONAL',
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
});

afterAll(() => database.close());

it(`ranks the judged documents in the top 5 (precision@5 ≥ ${MIN_PRECISION})`, async () => {
  const rows: { query: string; precision: number; missing: string[] }[] = [];
  for (const { locale, q, relevant } of judged.queries) {
    const result = await search({ locale: locale as Locale, query: { q, page: 1 } });
    const top = result.items.slice(0, 5).map((item) => item.href.split('/').pop()!);
    const found = relevant.filter((slug) => top.includes(slug));
    rows.push({
      query: `[${locale}] ${q}`,
      precision: found.length / Math.min(5, relevant.length),
      missing: relevant.filter((slug) => !top.includes(slug)),
    });
  }
  const mean = rows.reduce((sum, row) => sum + row.precision, 0) / rows.length;
  console.log(
    [
      `precision@5 over ${rows.length} judged queries: ${mean.toFixed(3)}`,
      ...rows
        .filter((row) => row.precision < 1)
        .map(
          (row) =>
            `  ${row.precision.toFixed(2)}  ${row.query}  missing: ${row.missing.join(', ')}`,
        ),
    ].join('\n'),
  );
  expect(judged.queries.length).toBeGreaterThanOrEqual(30);
  expect(mean).toBeGreaterThanOrEqual(MIN_PRECISION);
});
