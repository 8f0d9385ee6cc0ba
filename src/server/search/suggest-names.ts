import 'server-only';

import { prisma } from '@/server/db';

import { correctWords } from './correct-words';

export type SuggestNamesOptions = {
  /** The query as parsed (see parseSearchQuery): its text and its words. */
  text: string;
  words: string[];
};

/** Shorter words are never corrected: too many names are one letter away from them. */
const MIN_LENGTH = 4;
/** Names' words compared with each query word (nearest first). */
const CANDIDATES = 5;

/**
 * "Did you mean": the query with each misspelt word replaced by the nearest word of a mechanism
 * or country name (pg_trgm similarity over the "SearchWord" vocabulary, accent- and
 * case-insensitive, then a bounded edit distance), or null when no word needs correcting.
 */
export const suggestNames = async ({ text, words }: SuggestNamesOptions) => {
  const checked = words.filter((word) => Array.from(word).length >= MIN_LENGTH);
  if (checked.length === 0) return null;
  // `%` uses the trigram index with pg_trgm's default similarity threshold (0.3).
  const rows = await prisma.$queryRaw<{ display: string }[]>`
    SELECT DISTINCT w.display
    FROM unnest(${checked}::text[]) q(word)
    CROSS JOIN LATERAL (
      SELECT display FROM "SearchWord"
      WHERE word % search_unaccent(lower(q.word))
      ORDER BY similarity(word, search_unaccent(lower(q.word))) DESC
      LIMIT ${CANDIDATES}
    ) w`;
  if (rows.length === 0) return null;
  return correctWords(
    text,
    rows.map((row) => row.display),
  );
};
