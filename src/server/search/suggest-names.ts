import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

import { correctWords } from './correct-words';

export type SuggestNamesOptions = {
  /** The query as typed. */
  text: string;
  /** Its words (see parseSearchQuery). */
  words: string[];
};

/** Names this far from the query (1 - word_similarity) are too different to correct towards. */
const MAX_DISTANCE = 0.6;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * "Did you mean": the query with its misspelt words replaced by words of the mechanism and
 * country names nearest to it (pg_trgm word similarity, accent- and case-insensitive), or null.
 */
export const suggestNames = async ({ text, words }: SuggestNamesOptions) => {
  if (!words.some((word) => Array.from(word).length >= 4)) return null;
  const query = Prisma.sql`search_unaccent(lower(${text}))`;
  const names = await prisma.$queryRaw<{ name: string }[]>`
    (SELECT e.title AS name FROM "SearchEntry" e
     WHERE e."entityType" = 'mechanism'
       AND (search_unaccent(lower(e.title)) <->> ${query}) <= ${MAX_DISTANCE}
     ORDER BY search_unaccent(lower(e.title)) <->> ${query} LIMIT 5)
    UNION ALL
    (SELECT ct.name FROM "CountryTranslation" ct
     WHERE (search_unaccent(lower(ct.name)) <->> ${query}) <= ${MAX_DISTANCE}
     ORDER BY search_unaccent(lower(ct.name)) <->> ${query} LIMIT 3)`;
  if (names.length === 0) return null;
  return correctWords(
    words,
    names.flatMap(({ name }) => name.match(WORD) ?? []),
  );
};
