import type { FormValues } from '@/lib/forms/form-state';
import { translationValues } from '@/lib/forms/form-values';
import { THEME_TRANSLATED_FIELDS } from '@/lib/validation/themes';

import type { ThemeForEdit } from './theme-type';

export const toThemeFormValues = (theme: ThemeForEdit): FormValues => ({
  slug: theme.slug,
  ...translationValues(theme.translations, THEME_TRANSLATED_FIELDS),
});
