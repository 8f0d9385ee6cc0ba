import { getTranslations } from 'next-intl/server';

import { ContentForm, type DomainFormProps } from '@/components/admin/content-form';
import { CountryFields } from '@/components/admin/countries/country-fields';

export type CountryFormProps = DomainFormProps;

export const CountryForm = async ({ options, missing = [], ...form }: CountryFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
  ]);
  const isNew = form.mode === 'create';
  return (
    <ContentForm
      {...form}
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
