import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

import { foldWords } from './fold-words';
import type { CountryNames } from './search-names';

export type FindNamedCountriesOptions = {
  locale: AppLocale;
  /** The query's words (see parseSearchQuery). */
  words: string[];
  /** Every published country with its names (read by `countryNamesSql`). */
  countries: CountryNames[];
};

export type NamedCountry = {
  id: string;
  slug: string;
  /** The name in the visitor's language, else Spanish, else any. */
  name: string;
  nameLocale: AppLocale;
  iso2: string;
  iso3: string;
  /** True when the query is nothing but this country's name or code. */
  whole: boolean;
};

/** Where `name` occurs in `words` as consecutive words, or -1. */
const indexOfWords = (words: string[], name: string[]) =>
  words.findIndex((_, i) => name.length > 0 && name.every((word, j) => words[i + j] === word));

/**
 * The published countries a query names: by their name in any of the three languages (accents
 * and case aside) or by ISO code (a three-letter code anywhere, a two-letter one only alone: "do"
 * and "pe" are words too). Twenty-odd rows, so they are compared here rather than indexed.
 */
export const findNamedCountries = ({ locale, words, countries }: FindNamedCountriesOptions) => {
  const query = foldWords(words.join(' '));
  if (query.length === 0) return [];
  const named: NamedCountry[] = [];
  for (const row of countries) {
    // A country with no name yet is left out, code and all: nothing could be shown for it.
    if (row.names.length === 0) continue;
    const codes = [row.iso3.toLowerCase(), ...(query.length === 1 ? [row.iso2.toLowerCase()] : [])];
    const byCode = codes.some((code) => query.includes(code));
    const byName = row.names
      .map(({ name }) => foldWords(name))
      .filter((name) => indexOfWords(query, name) >= 0);
    if (!byCode && byName.length === 0) continue;
    const shown = pickTranslation(row.names, locale, 'es')!;
    named.push({
      id: row.id,
      slug: row.slug,
      name: shown.name,
      nameLocale: shown.locale,
      iso2: row.iso2,
      iso3: row.iso3,
      whole: (byCode && query.length === 1) || byName.some((name) => name.length === query.length),
    });
  }
  return named.sort((a, b) => a.name.localeCompare(b.name, locale));
};
