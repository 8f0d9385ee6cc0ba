import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { formOriginalLocale } from '@/components/admin/content-form';
import { buildFieldLabels } from '@/components/admin/field-labels';
import { getFormText } from '@/components/admin/form-text';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

import { DocumentFields } from './document-fields';

export type DocumentFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: { themes: RelationOption[]; countries: RelationOption[]; mechanisms?: RelationOption[] };
  mode: 'create' | 'save' | 'propose';
  missing?: readonly TFormLocale[];
  currentFile?: string | null;
  reloadHref?: string;
};

/** The document form for editors (create, edit) and focal points (propose). */
export const DocumentForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  currentFile,
  reloadHref,
}: DocumentFormProps) => {
  const [t, tForm, text] = await Promise.all([
    getTranslations('AdminDocuments'),
    getTranslations('AdminForm'),
    getFormText(mode),
  ]);
  const fieldLabels = await buildFieldLabels(
    {
      type: t('type'),
      originalLocale: tForm('originalLocale'),
      publishedOn: t('publishedOn'),
      slug: tForm('slug'),
      externalUrl: t('externalUrl'),
      file: t('file'),
      sources: tForm('sources'),
      themeIds: t('themes'),
      countryIds: t('countries'),
      mechanismIds: t('mechanisms'),
    },
    { title: t('title'), summary: t('summary') },
  );
  const originalLocale = formOriginalLocale(initialValues);
  return (
    <AdminForm
      action={action}
      initialValues={initialValues}
      fieldLabels={fieldLabels}
      text={text}
      reloadHref={reloadHref}
      multipart
    >
      <DocumentFields
        options={options}
        missing={missing}
        originalLocale={originalLocale}
        isNew={mode !== 'save'}
        currentFile={currentFile}
      />
    </AdminForm>
  );
};
