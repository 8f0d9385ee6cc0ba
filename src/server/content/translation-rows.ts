import { FORM_LOCALES, type TFormLocale } from '@/lib/validation/form-fields';

/**
 * Languages with any text become rows; a language left empty has no row (it is "missing").
 * `required` names a NOT NULL column: a row without it gets '' (the form asks for it).
 */
export const toTranslationRows = <F extends Record<string, string | null>>(
  translations: Record<TFormLocale, F>,
  required?: keyof F & string,
) =>
  FORM_LOCALES.filter((locale) => Object.values(translations[locale]).some(Boolean)).map(
    (locale) => ({
      locale,
      ...translations[locale],
      ...(required && { [required]: translations[locale][required] ?? '' }),
    }),
  );

/** The first non-empty value of `key`, original language first, to derive slugs from. */
export const firstText = <F extends Record<string, string | null>>(
  translations: Record<TFormLocale, F>,
  originalLocale: TFormLocale,
  key: keyof F,
) =>
  translations[originalLocale][key] ??
  FORM_LOCALES.map((locale) => translations[locale][key]).find(Boolean) ??
  '';
