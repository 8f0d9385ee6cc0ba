import { getTranslations } from 'next-intl/server';

import { ContentForm } from '@/components/admin/content-form';
import { CountryFields } from '@/components/admin/countries/country-fields';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type CountryFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: Record<RelationKind, RelationOption[]>;
  mode: 'create' | 'save';
  missing?: readonly TFormLocale[];
  reloadHref?: string;
};

export const CountryForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  reloadHref,
}: CountryFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
  ]);
  const isNew = mode === 'create';
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      mode={mode}
      reloadHref={reloadHref}
      labels={{
        plain: {
          iso2: t('iso2'),
          iso3: t('iso3'),
          slug: tForm('slug'),
          subregion: t('subregion'),
          opcatStatus: t('opcatStatus'),
          catRatifiedOn: t('catRatifiedOn'),
          opcatSignedOn: t('opcatSignedOn'),
          opcatRatifiedOn: t('opcatRatifiedOn'),
          npmPostponedTo: t('npmPostponedTo'),
          sources: tForm('sources'),
        },
        translated: { name: t('name'), notes: t('notes') },
      }}
    >
      <CountryFields missing={missing} isNew={isNew} />
    </ContentForm>
  );
};
