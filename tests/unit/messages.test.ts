import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

const LOCALES = ['es', 'pt', 'en'] as const;
type Locale = (typeof LOCALES)[number];

const load = (locale: Locale): unknown =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'));

/** Flattens nested messages into `Namespace.key.subkey` → leaf value. */
const flatten = (value: unknown, prefix = ''): Map<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new Map([[prefix, value]]);
  }
  const entries = Object.entries(value).flatMap(([key, child]) => [
    ...flatten(child, prefix ? `${prefix}.${key}` : key),
  ]);
  return new Map(entries);
};

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(load(locale))]),
) as Record<Locale, Map<string, unknown>>;

describe('messages/*.json', () => {
  it('have the same keys in every locale', () => {
    const allKeys = new Set(LOCALES.flatMap((locale) => [...messages[locale].keys()]));
    const missing = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        [...allKeys].filter((key) => !messages[locale].has(key)).sort(),
      ]),
    );
    expect(missing, 'keys missing per file').toEqual({ es: [], pt: [], en: [] });
  });

  it('have no empty or non-string messages', () => {
    const bad = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        [...messages[locale]]
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => key)
          .sort(),
      ]),
    );
    expect(bad, 'empty or non-string messages per file').toEqual({ es: [], pt: [], en: [] });
  });
});
