import type { AppLocale } from '@/i18n/routing';

type Translated = { locale: AppLocale };

export type Localized<T> = T & {
  /** The language the text is actually shown in. */
  shownLocale: AppLocale;
  /** True when the requested language was missing and another one is shown instead. */
  isFallback: boolean;
};

/**
 * Picks the translation for `locale`, else the content's original language, else any.
 * Callers show a visible notice when `isFallback` is true.
 */
export const pickTranslation = <T extends Translated>(
  translations: readonly T[],
  locale: AppLocale,
  originalLocale: AppLocale,
): Localized<T> | null => {
  const chosen =
    translations.find((t) => t.locale === locale) ??
    translations.find((t) => t.locale === originalLocale) ??
    translations[0];
  if (!chosen) return null;
  return { ...chosen, shownLocale: chosen.locale, isFallback: chosen.locale !== locale };
};
