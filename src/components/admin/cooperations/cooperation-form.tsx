import { getTranslations } from 'next-intl/server';

import {
  ContentForm,
  type DomainFormProps,
  formOriginalLocale,
} from '@/components/admin/content-form';
import { CooperationFields } from '@/components/admin/cooperations/cooperation-fields';

export type CooperationFormProps = DomainFormProps<'create' | 'save' | 'propose'>;

export const CooperationForm = async ({ options, missing = [], ...form }: CooperationFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminCooperations'),
    getTranslations('AdminForm'),
  ]);
  const isNew = form.mode !== 'save';
  const originalLocale = formOriginalLocale(form.initialValues);
  return (
    <ContentForm
      {...form}
      labels={{
        plain: {
          kind: t('kind'),
          originalLocale: tForm('originalLocale'),
          startedOn: t('startedOn'),
          startedYear: t('startedYear'),
          slug: tForm('slug'),
          sources: tForm('sources'),
          mechanismIds: t('mechanisms'),
          documentIds: t('documents'),
        },
        translated: { title: t('title'), summary: t('summary') },
      }}
    >
      <CooperationFields
        options={options}
        missing={missing}
        originalLocale={originalLocale}
        isNew={isNew}
      />
    </ContentForm>
  );
};
