import { getTranslations } from 'next-intl/server';

import {
  ContentForm,
  type DomainFormProps,
  formOriginalLocale,
} from '@/components/admin/content-form';

import { RecommendationFields } from './recommendation-fields';

export type RecommendationFormProps = DomainFormProps;

/** The editors' recommendation form (create, edit). */
export const RecommendationForm = async ({
  options,
  missing = [],
  ...form
}: RecommendationFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminRecommendations'),
    getTranslations('AdminForm'),
  ]);
  return (
    <ContentForm
      {...form}
      labels={{
        plain: {
          body: t('body'),
          symbol: t('symbol'),
          paragraph: t('paragraph'),
          issuedOn: t('issuedOn'),
          uprCycle: t('uprCycle'),
          recommendingState: t('recommendingState'),
          position: t('position'),
          sourceUrl: t('sourceUrl'),
          originalLocale: tForm('originalLocale'),
          slug: tForm('slug'),
          countryIds: t('countries'),
          mechanismIds: t('mechanisms'),
          themeIds: t('themes'),
        },
        translated: { text: t('text') },
      }}
    >
      <RecommendationFields
        options={options}
        missing={missing}
        originalLocale={formOriginalLocale(form.initialValues)}
        isNew={form.mode !== 'save'}
      />
    </ContentForm>
  );
};
