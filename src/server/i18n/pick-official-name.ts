import type { AppLocale } from '@/i18n/routing';

import { pickTranslation } from './pick-translation';

type Named = { locale: AppLocale; name: string | null };

export type OfficialName = {
  /** The name as the institution or its law writes it, in its own language. */
  name: string;
  locale: AppLocale;
  /** A translation into the visitor's language, shown second; null when none is recorded. */
  translation: string | null;
};

/**
 * A mechanism's official name is the one in its own language (`originalLocale`: Spanish for
 * Argentina, Portuguese for Brazil), whatever the visitor's language; a translation into theirs
 * comes second. Without a name in its own language, the best available one. Null: no name is
 * recorded, and none is made up.
 */
export const pickOfficialName = (
  translations: readonly Named[],
  originalLocale: AppLocale,
  locale: AppLocale,
): OfficialName | null => {
  const named = translations.filter((t): t is Named & { name: string } => !!t.name);
  const official =
    named.find((t) => t.locale === originalLocale) ??
    pickTranslation(named, locale, originalLocale) ??
    null;
  if (!official) return null;
  const translated = official.locale === locale ? null : named.find((t) => t.locale === locale);
  return {
    name: official.name,
    locale: official.locale,
    translation: translated && translated.name !== official.name ? translated.name : null,
  };
};
