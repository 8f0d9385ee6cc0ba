import { getTranslations } from 'next-intl/server';

import { TextField } from '@/components/admin/text-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import type { TFormLocale } from '@/lib/validation/form-fields';

export type MechanismProfileFieldsProps = { missing: readonly TFormLocale[]; isNew: boolean };

/** Texts and contacts: the part a focal point may propose changes to. */
export const MechanismProfileFields = async ({ missing, isNew }: MechanismProfileFieldsProps) => {
  const [t, tSources] = await Promise.all([
    getTranslations('AdminMechanisms'),
    getTranslations('AdminSources'),
  ]);
  return (
    <>
      <TranslationsFieldsets
        fields={[
          { name: 'name', label: t('name') },
          { name: 'legalBasis', label: t('legalBasis'), multiline: true },
          { name: 'notes', label: tSources('publicNote'), multiline: true },
        ]}
        missing={missing}
        isNew={isNew}
      />
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">{t('contactLegend')}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="acronym" label={t('acronym')} />
          <TextField name="website" type="url" label={t('website')} />
          <TextField name="email" type="email" label={t('email')} />
          <TextField name="phone" type="tel" label={t('phone')} />
          <TextField name="address" label={t('address')} />
        </div>
      </fieldset>
    </>
  );
};
