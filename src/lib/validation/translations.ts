import { z } from 'zod';

import { FORM_LOCALES, type TFormLocale } from './form-fields';

/** The same translated fields for each language, as `translations.<locale>.<field>` inputs. */
export const zTranslations = <S extends z.ZodRawShape>(shape: S) => {
  const orEmpty = (value: unknown) => value ?? {};
  const one = z.preprocess(orEmpty, z.object(shape));
  return z.preprocess(orEmpty, z.object({ es: one, pt: one, en: one }));
};

type TranslationsInput = Partial<Record<TFormLocale, Record<string, unknown> | undefined>>;

/**
 * The original language must have `key` (e.g. the title); any other language that has some text
 * needs it too, so no page shows a summary without a title. Defensive: runs on partly invalid data.
 */
export const checkTranslations = (
  translations: TranslationsInput | undefined,
  originalLocale: string | undefined,
  key: string,
  ctx: z.RefinementCtx,
) => {
  for (const locale of FORM_LOCALES) {
    const fields = translations?.[locale] ?? {};
    if (fields[key]) continue;
    const hasOtherText = Object.values(fields).some(Boolean);
    if (locale !== originalLocale && !hasOtherText) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['translations', locale, key],
      message: locale === originalLocale ? 'required' : 'titleRequiredForLanguage',
    });
  }
};

/** Languages of a saved record that lack `key`, for the "missing translations" indicators. */
export const missingLocales = (
  translations: readonly ({ locale: string } & Record<string, unknown>)[],
  key: string,
): TFormLocale[] =>
  FORM_LOCALES.filter((locale) => !translations.some((t) => t.locale === locale && t[key]));
