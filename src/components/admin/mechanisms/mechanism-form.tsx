import { getTranslations } from 'next-intl/server';

import { ContentForm } from '@/components/admin/content-form';
import { MechanismProfileFields } from '@/components/admin/mechanisms/mechanism-profile-fields';
import { MechanismStructureFields } from '@/components/admin/mechanisms/mechanism-structure-fields';
import { HiddenField } from '@/components/admin/hidden-field';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type MechanismFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: Record<RelationKind, RelationOption[]>;
  mode: 'create' | 'save';
  missing?: readonly TFormLocale[];
  reloadHref?: string;
};

export const MechanismForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  reloadHref,
}: MechanismFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminMechanisms'),
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
          countryId: t('country'),
          level: t('level'),
          parentId: t('parent'),
          jurisdiction: t('jurisdiction'),
          model: t('model'),
          operationalStatus: t('operationalStatus'),
          originalLocale: tForm('originalLocale'),
          slug: tForm('slug'),
          legalBasisDate: t('legalBasisDate'),
          designatedOn: t('designatedOn'),
          designatedYear: t('designatedYear'),
          sources: tForm('sources'),
          acronym: t('acronym'),
          website: t('website'),
          email: t('email'),
          phone: t('phone'),
          address: t('address'),
        },
        translated: { name: t('name'), legalBasis: t('legalBasis'), notes: t('notes') },
      }}
    >
      <>
        {!isNew && <HiddenField name="version" />}
        <MechanismStructureFields options={options} />
        <MechanismProfileFields missing={missing} isNew={isNew} />
      </>
    </ContentForm>
  );
};
