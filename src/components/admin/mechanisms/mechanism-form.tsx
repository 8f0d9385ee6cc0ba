import { getTranslations } from 'next-intl/server';

import { ContentForm, type DomainFormProps } from '@/components/admin/content-form';
import { HiddenField } from '@/components/admin/hidden-field';
import { MechanismProfileFields } from '@/components/admin/mechanisms/mechanism-profile-fields';
import { MechanismStructureFields } from '@/components/admin/mechanisms/mechanism-structure-fields';

export type MechanismFormProps = DomainFormProps;

export const MechanismForm = async ({ options, missing = [], ...form }: MechanismFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminMechanisms'),
    getTranslations('AdminForm'),
  ]);
  const isNew = form.mode === 'create';
  return (
    <ContentForm
      {...form}
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
