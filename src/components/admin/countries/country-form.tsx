import { getTranslations } from 'next-intl/server';

import { ContentForm, type DomainFormProps } from '@/components/admin/content-form';
import { CountryFields } from '@/components/admin/countries/country-fields';

export type CountryFormProps = DomainFormProps;

export const CountryForm = async ({ options, missing = [], ...form }: CountryFormProps) => {
  const [t, tForm, tTreaty] = await Promise.all([
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
    getTranslations('TreatyStatus.form'),
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
          catStatus: tTreaty('catStatus'),
          catRatifiedOn: t('catRatifiedOn'),
          catBy: tTreaty('catBy'),
          opcatStatus: t('opcatStatus'),
          opcatSignedOn: t('opcatSignedOn'),
          opcatRatifiedOn: t('opcatRatifiedOn'),
          opcatBy: tTreaty('opcatBy'),
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
