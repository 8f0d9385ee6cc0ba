// The sampling constants of search-tags.ts are written out again as SQL literals in the search
// migrations (search_tags: `generate_series(0, 11)`, `floor(sample_key * 4096)`; the partial
// indexes: `"sampleKey" < 0.00390625`…), and applied migrations cannot change. These tests read
// them back from the test database, which the real `prisma migrate deploy` built from those
// migrations (see tests/support/global-setup.ts), so a change to either side alone fails here.
import { describe, expect, it } from 'vitest';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';

import {
  INDEXED_LEVELS,
  LOCALES,
  SAMPLE_LEVELS,
  sampleFraction,
  sampleIndexSql,
  scopeTag,
  searchTagsSql,
} from './search-tags';

const LEVELS = Array.from({ length: SAMPLE_LEVELS }, (_, level) => level);
const JUST_BELOW = 2 ** -30;

/** Sample keys on both sides of every level's bound, and both ends of [0, 1). */
const KEYS = [
  0,
  ...LEVELS.flatMap((level) => [sampleFraction(level) - JUST_BELOW, sampleFraction(level)]),
  1 - JUST_BELOW,
];

/** The language and sample tags that search_tags stores for a row with each of `keys`. */
const storedScopeTags = async (locale: AppLocale, isPrimary: boolean, keys: number[]) => {
  const rows = await prisma.$queryRaw<{ tags: string[] }[]>`
    SELECT ARRAY(
      SELECT lexeme FROM unnest(search_tags('document', ${locale}::text, ${isPrimary}::boolean,
        NULL, '{}', '{}', k.key))
      WHERE lexeme LIKE '~a%' OR lexeme LIKE '~z%' ORDER BY lexeme) AS tags
    FROM unnest(${keys}::float8[]) WITH ORDINALITY k(key, n) ORDER BY n`;
  return rows.map((row) => row.tags);
};

/** The same tags as TypeScript reckons them: a row is in level j when its key is below 2^(j-12). */
const expectedScopeTags = (locale: AppLocale, isPrimary: boolean, key: number) =>
  [null, ...LEVELS.filter((level) => key < sampleFraction(level))]
    .flatMap((level) => [
      scopeTag(locale, false, level),
      ...(isPrimary ? [scopeTag(locale, true, level)] : []),
    ])
    .sort();

/** The bound of a `"sampleKey" < x` condition, as PostgreSQL or sampleIndexSql writes it. */
const boundIn = (sql: string) => {
  const match = /"sampleKey" < \(?([0-9.e+-]+)\)?/.exec(sql);
  return match ? Number(match[1]) : undefined;
};

describe('search_tags', () => {
  it.each(LOCALES.flatMap((locale) => [false, true].map((isPrimary) => ({ locale, isPrimary }))))(
    'tags a $locale row (primary: $isPrimary) with exactly the sample levels TypeScript queries',
    async ({ locale, isPrimary }) => {
      const stored = await storedScopeTags(locale, isPrimary, KEYS);

      expect(stored).toEqual(KEYS.map((key) => expectedScopeTags(locale, isPrimary, key)));
    },
  );

  it.each(LEVELS)('is matched by the query of level %i exactly below its bound', async (level) => {
    const keys = [sampleFraction(level) - JUST_BELOW, sampleFraction(level)];
    const query = searchTagsSql({
      rowLocale: 'pt',
      filters: {},
      themeId: Prisma.sql`NULL::text`,
      countryId: Prisma.sql`NULL::text`,
      level,
    });
    const rows = await prisma.$queryRaw<{ translation: boolean; primary: boolean }[]>`
      SELECT search_tags('document', 'pt', false, NULL, '{}', '{}', k.key) @@ ${query}
               AS translation,
             search_tags('document', 'pt', true, NULL, '{}', '{}', k.key) @@ ${query} AS primary
      FROM unnest(${keys}::float8[]) WITH ORDINALITY k(key, n) ORDER BY n`;

    // Every row of a language is searched, translations as well as originals, from any locale.
    expect(rows).toEqual([
      { translation: true, primary: true },
      { translation: false, primary: false },
    ]);
  });
});

describe('the partial indexes of sample levels', () => {
  it('bound each indexed level where sampleIndexSql does, and no other', async () => {
    const indexes = await prisma.$queryRaw<{ name: string; predicate: string }[]>`
      SELECT c.relname AS name, pg_get_expr(i.indpred, i.indrelid) AS predicate
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = '"SearchEntry"'::regclass AND i.indpred IS NOT NULL`;

    expect(
      Object.fromEntries(indexes.map(({ name, predicate }) => [name, boundIn(predicate)])),
    ).toEqual(
      Object.fromEntries(
        INDEXED_LEVELS.flatMap((level) =>
          ['head', 'textVector'].map((column) => [
            `SearchEntry_${column}_level${level}_idx`,
            sampleFraction(level),
          ]),
        ),
      ),
    );
    // The planner reads a partial index only for a condition that implies the index's: each
    // sampled query's literal is one of the indexes' bounds, and holds its level.
    const bounds = indexes.map(({ predicate }) => boundIn(predicate));
    for (const level of LEVELS) {
      const bound = boundIn(sampleIndexSql(level).sql);
      if (level > Math.max(...INDEXED_LEVELS)) expect(bound).toBeUndefined();
      else {
        expect(bounds).toContain(bound);
        expect(bound).toBeGreaterThanOrEqual(sampleFraction(level));
      }
    }
  });
});
