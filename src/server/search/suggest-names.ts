import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { queryRows } from '@/server/db';

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
 * or country name or of the thesaurus (pg_trgm similarity over the "SearchWord" vocabulary, and
 * the thesaurus' one-word terms of about the same length; accent- and case-insensitive, then a
 * bounded edit distance), or null when no word needs correcting.
 */
export const suggestNames = async ({ text, words }: SuggestNamesOptions) => {
  const checked = words.filter((word) => Array.from(word).length >= MIN_LENGTH);
  if (checked.length === 0) return null;
  // `%` uses the trigram index with pg_trgm's default similarity threshold (0.3).
  const rows = await queryRows<{ display: string }>(Prisma.sql`
    SELECT DISTINCT w.display
    FROM unnest(${checked}::text[]) q(word)
    CROSS JOIN LATERAL (
      (SELECT display FROM "SearchWord"
       WHERE word % search_unaccent(lower(q.word))
       ORDER BY similarity(word, search_unaccent(lower(q.word))) DESC
       LIMIT ${CANDIDATES})
      UNION
      -- One-word terms and acronyms of the thesaurus of about the same length: a swap of two
      -- letters ("opact") shares too few trigrams with the word meant ("OPCAT") to be found above.
      (SELECT term FROM "ThesaurusTerm"
       WHERE term ~ '^[[:alnum:]]+$'
         AND left(search_unaccent(lower(term)), 1) = left(search_unaccent(lower(q.word)), 1)
         AND abs(char_length(term) - char_length(q.word)) <= 1)
    ) w`);
  if (rows.length === 0) return null;
  return correctWords(
    text,
    rows.map((row) => row.display),
  );
};
