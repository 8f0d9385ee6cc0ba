import 'server-only';

import type { TCreateCountrySchema } from '@/lib/validation/country-form';
import { toTranslationRows } from '@/server/content/translation-rows';

/** Scalar columns and translation rows from a validated form. */
export const toCountryWriteData = ({
  slug: _slug,
  translations,
  ...scalars
}: TCreateCountrySchema) => ({
  scalars,
  translations: toTranslationRows(translations).map((row) => ({ ...row, name: row.name ?? '' })),
});
