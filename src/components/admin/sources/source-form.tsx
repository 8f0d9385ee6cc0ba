import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { TextField } from '@/components/admin/text-field';
import type { FormState, FormValues } from '@/lib/forms/form-state';

export type SourceFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
};

/** A source record's fields: title, publisher, link, language, date read. */
export const SourceForm = async ({ action, initialValues }: SourceFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminSources'),
    getTranslations('AdminForm'),
  ]);
  const labels = {
    title: t('title'),
    publisher: t('publisher'),
    url: t('url'),
    lang: t('lang'),
    accessedOn: t('accessedOn'),
  };
  return (
    <AdminForm
      action={action}
      initialValues={initialValues}
      fieldLabels={labels}
      text={{ submit: t('saveSource'), pending: tForm('saving') }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="title"
          label={labels.title}
          hint={t('titleHint')}
          required
          requiredLabel={tForm('required')}
        />
        <TextField name="publisher" label={labels.publisher} />
        <TextField name="url" type="url" label={labels.url} />
        <TextField name="lang" label={labels.lang} />
        <TextField name="accessedOn" type="date" label={labels.accessedOn} />
      </div>
    </AdminForm>
  );
};
