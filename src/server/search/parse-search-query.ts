import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/validation/search';

export type ParsedSearchQuery = {
  /** The cleaned query, for websearch_to_tsquery (quotes, `or` and `-word` keep their meaning). */
  text: string;
  /** The query without its last word, when that word is also matched as a prefix. */
  rest: string;
  /** The last word (letters, marks and digits only) matched as a prefix, so "tortu" finds "tortura". */
  prefix: string | null;
  /** The query's words, for name suggestions. */
  words: string[];
  /** False when the query only excludes ("-1", "-foo -bar") or has no word at all: it matches nothing. */
  positive: boolean;
};

/** A prefix shorter than this matches too many words to help. */
const MIN_PREFIX_LENGTH = 3;

// Control and format characters (NUL among them) cannot reach PostgreSQL's text; lone surrogates
// and private-use characters are never words.
const UNUSABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LAST_WORD = /(^|\s)([\p{L}\p{M}\p{N}]+)$/u;
// `-word` and `-"a phrase"` exclude; websearch_to_tsquery reads them the same way.
const NEGATED = /(^|\s)-("[^"]*"?|\S+)/gu;

/**
 * Turns whatever a visitor typed into the parts of a safe text-search query. The text itself is
 * only ever passed to websearch_to_tsquery, which accepts any string; the one piece that goes to
 * to_tsquery (for `:*`) is a single run of letters and digits, which cannot be a syntax error.
 */
export const parseSearchQuery = (input: string): ParsedSearchQuery => {
  const cleaned = input.normalize('NFC').replace(UNUSABLE, ' ').replace(/\s+/gu, ' ').trim();
  // Cut by code points, so a character outside the BMP is never split in half.
  const text = Array.from(cleaned).slice(0, SEARCH_QUERY_MAX_LENGTH).join('').trim();
  const words = text.match(WORD) ?? [];

  const last = LAST_WORD.exec(text);
  const lastWord = last?.[2];
  const rest = last ? text.slice(0, last.index).trim() : text;
  const insidePhrase = (text.match(/"/g)?.length ?? 0) % 2 === 1;
  // `a or b`: the last word is the other side of an OR, and `or` alone is no prefix.
  const afterOr = /(^|\s)or$/iu.test(rest) || lastWord?.toLowerCase() === 'or';
  const prefixable =
    lastWord !== undefined &&
    Array.from(lastWord).length >= MIN_PREFIX_LENGTH &&
    !insidePhrase &&
    !afterOr;

  return {
    text,
    rest: prefixable ? rest : '',
    prefix: prefixable ? lastWord : null,
    words,
    // Only exclusions ask for nothing in particular: such a query has no results.
    positive: /[\p{L}\p{M}\p{N}]/u.test(text.replace(NEGATED, ' ')),
  };
};
