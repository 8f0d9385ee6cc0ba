import { getTranslations } from 'next-intl/server';

import { ContentForm } from '@/components/admin/content-form';
import { CooperationFields } from '@/components/admin/cooperations/cooperation-fields';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type CooperationFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: Record<RelationKind, RelationOption[]>;
  mode: 'create' | 'save';
  missing?: readonly TFormLocale[];
  reloadHref?: string;
};

export const CooperationForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  reloadHref,
}: CooperationFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminCooperations'),
    getTranslations('AdminForm'),
  ]);
  const isNew = mode === 'create';
  const originalLocale = (initialValues.originalLocale as TFormLocale | undefined) ?? 'es';
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      mode={mode}
      reloadHref={reloadHref}
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
