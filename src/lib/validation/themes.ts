import { z } from 'zod';

import { zOptionalSlug, zOptionalText } from './form-fields';
import { checkTranslations, zTranslations } from './translations';

export const THEME_TRANSLATED_FIELDS = ['label'] as const;

/** Themes have no publication state nor version: a label edit is small and immediately public. */
export const ZThemeSchema = z
  .object({
    slug: zOptionalSlug(),
    translations: zTranslations({ label: zOptionalText(120) }),
  })
  .superRefine((data, ctx) => checkTranslations(data.translations, 'es', 'label', ctx));
export type TThemeSchema = z.infer<typeof ZThemeSchema>;
