import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';

import { foldWords } from './fold-words';

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

export type CountryNames = {
  id: string;
  slug: string;
  iso2: string;
  iso3: string;
  names: { locale: AppLocale; name: string }[];
};

/**
 * Every published country with its names in all languages, as one JSON array (null when there
 * are none): a column of the search's first statement (see probeSearch) rather than a round trip
 * of its own.
 */
export const countryNamesSql = Prisma.sql`(SELECT json_agg(json_build_object(
      'id', c.id, 'slug', c.slug, 'iso2', c.iso2, 'iso3', c.iso3,
      'names', (SELECT json_agg(json_build_object('locale', t.locale, 'name', t.name))
                FROM "CountryTranslation" t WHERE t."countryId" = c.id)))
    FROM "Country" c WHERE c.status = 'PUBLISHED'
      AND EXISTS (SELECT 1 FROM "CountryTranslation" t WHERE t."countryId" = c.id))`;

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
    const codes = [row.iso3.toLowerCase(), ...(query.length === 1 ? [row.iso2.toLowerCase()] : [])];
    const byCode = codes.some((code) => query.includes(code));
    const byName = row.names
      .map(({ name }) => foldWords(name))
      .filter((name) => indexOfWords(query, name) >= 0);
    if (!byCode && byName.length === 0) continue;
    const shown =
      row.names.find((n) => n.locale === locale) ??
      row.names.find((n) => n.locale === 'es') ??
      row.names[0]!;
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
