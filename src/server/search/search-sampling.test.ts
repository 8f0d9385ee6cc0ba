// Large result sets are counted and ranked through a sample (see probeSearch): on a generated
// corpus of 3,000 documents, in a database of its own, a sampled search must still estimate its
// total close to the exact count, put title matches first and facet the same way.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateCorpus } from '../../../scripts/search/generate-corpus';
import { ownDatabase } from '../../../tests/support/own-database';

/** Over four standard errors of a 150-entity sample (corpus and sample are deterministic). */
const TOLERANCE = 0.35;

const database = ownDatabase('search_sampling');
// Imported once the own database is set up (src/server/db reads DATABASE_URL on import).
let search: (typeof import('./search-content'))['searchContent'];
let db: Awaited<ReturnType<typeof database.open>>;

/**
 * Entities a search for `text` matches (every language version, each with the query in its
 * language expanded by the thesaurus), counted without any sampling.
 */
const exactCount = async (text: string, year?: number) => {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT ("entityType", "entityId"))::int AS n FROM "SearchEntry"
    CROSS JOIN LATERAL (SELECT websearch_to_tsquery(search_config(locale), ${text}) AS q) t
    WHERE "textVector" @@ coalesce(t.q || search_expand(t.q, locale), t.q)
      AND (${year ?? null}::int IS NULL OR year = ${year ?? null}::int)`;
  return row!.n;
};

beforeAll(async () => {
  db = await database.open();
  execFileSync(path.join('node_modules', '.bin', 'tsx'), ['prisma/seed.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: 'pipe',
  });
  await generateCorpus(database.url, { documents: 3000, mechanisms: 30, events: 150 });
  search = (await import('./search-content')).searchContent;
}, 180_000);

afterAll(() => database.close());

describe('a search with more matches than its sample', () => {
  it.each(['"tortura"', '"cárceles"'])(
    'estimates the total of %s closely and ranks title matches first',
    async (q) => {
      const result = await search({ locale: 'es', query: { q, page: 1 } });
      const exact = await exactCount(q);

      expect(result.approximate).toBe(true);
      expect(Math.abs(result.total - exact) / exact).toBeLessThan(TOLERANCE);
      expect(result.items).toHaveLength(result.perPage);
      // Highlights are marked with \u0001: every result on the first page matched in its title.
      for (const item of result.items) expect(item.title).toContain('\u0001');
    },
  );

  it('estimates the total of a search filtered by year the same way', async () => {
    const [busiest] = await db.$queryRaw<{ year: number }[]>`
      SELECT year FROM "SearchEntry" WHERE year IS NOT NULL
      GROUP BY year ORDER BY count(*) DESC, year LIMIT 1`;
    const year = busiest!.year;
    const result = await search({ locale: 'es', query: { q: '"tortura"', page: 1, year } });
    const exact = await exactCount('"tortura"', year);

    expect(Math.abs(result.total - exact) / exact).toBeLessThan(TOLERANCE);
    expect(result.facets.year).toEqual([expect.objectContaining({ value: year })]);
    for (const item of result.items) expect(item.date?.getUTCFullYear()).toBe(year);
  });
});
