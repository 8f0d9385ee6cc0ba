import { getTranslations } from 'next-intl/server';

import { TextField } from '@/components/admin/text-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import type { TFormLocale } from '@/lib/validation/form-fields';

export type ThemeFieldsProps = { missing: readonly TFormLocale[]; isNew: boolean };

export const ThemeFields = async ({ missing, isNew }: ThemeFieldsProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  return (
    <>
      <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
      <TranslationsFieldsets
        fields={[{ name: 'label', label: t('label') }]}
        missing={missing}
        requiredLocale="es"
        isNew={isNew}
      />
    </>
  );
};
