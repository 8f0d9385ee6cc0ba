// Search's GIN indexes keep no pending list (migration search_indexes_without_pending_list). With
// one, a write only appends its entries to an unsorted list that every search reads in full
// until VACUUM merges it: on a freshly written corpus the search page took about twice as long.
import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createTestDocument,
  deleteTestRows,
  uniqueTag,
} from '../../../tests/support/library-fixtures';

const tag = uniqueTag();

afterAll(() => deleteTestRows(tag));

describe("search's GIN indexes", () => {
  it('take a document published a moment ago into the index itself, not a pending list', async () => {
    await createTestDocument({
      slug: `${tag}-fresh`,
      titles: { es: `Visitas sin previo aviso ${tag}`, en: `Unannounced visits ${tag}` },
    });

    // gin_clean_pending_list moves what is pending into the index and counts the pages it moved.
    const indexes = await prisma.$queryRaw<{ name: string; pendingPages: number }[]>`
      SELECT c.relname AS name, gin_clean_pending_list(c.oid)::int AS "pendingPages"
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am a ON a.oid = c.relam
      WHERE a.amname = 'gin'
        AND i.indrelid IN ('"SearchEntry"'::regclass, '"SearchWord"'::regclass)`;

    expect(indexes.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['SearchEntry_head_idx', 'SearchEntry_textVector_idx']),
    );
    expect(indexes.filter(({ pendingPages }) => pendingPages > 0)).toEqual([]);
  });
});
