// How the data files name things in the database: slugs, languages and entity keys. The first
// seed used the same rules, so an old database's rows are found by them.

export type DataLocale = 'es' | 'pt' | 'en';

/** Lowercase ASCII, hyphenated; drops a parenthetical part ("Bolivia (Plurinational State of)"). */
export const slugify = (text: string): string =>
  text
    .replace(/\(.*?\)/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** "Bolivia (Plurinational State of)" → "bolivia". */
export const countrySlug = (record: { name: { en: string } }) => slugify(record.name.en);

export const nationalSlug = (record: { name: { en: string } }) => `${countrySlug(record)}-npm`;

export const localSlug = (record: { name: { en: string } }, jurisdiction: string) =>
  `${countrySlug(record)}-${slugify(jurisdiction)}`;

/** Every country with a mechanism in the data speaks Spanish except Brazil (Haiti has none). */
export const countryLocale = (iso2: string): DataLocale => (iso2 === 'BR' ? 'pt' : 'es');

// The citations mix Spanish/Portuguese law titles with English notes: a citation with any
// English word goes on `en`, otherwise on the country's own language (the first seed's rule).
const ENGLISH_WORDS =
  /\b(the|of|by|per|and|law|to|in|with|regulating|designating|adopted|amended|published|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

export const legalBasisLocale = (iso2: string, legalBasis: string): DataLocale =>
  ENGLISH_WORDS.test(legalBasis) ? 'en' : countryLocale(iso2);

/** A fact's citation: `country:AR:cat`, `mechanism:argentina-npm:website`. */
export const citationKey = (entityType: 'country' | 'mechanism', entityKey: string, fact: string) =>
  `${entityType}:${entityKey}:${fact}`;
