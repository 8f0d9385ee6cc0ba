import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { TextareaField } from '@/components/admin/textarea-field';
import type { FormState, FormValues } from '@/lib/forms/form-state';

export type ThesaurusConceptFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
};

const LOCALES = ['es', 'pt', 'en'] as const;

/** A concept's terms in each language, one per line. */
export const ThesaurusConceptForm = async ({
  action,
  initialValues,
}: ThesaurusConceptFormProps) => {
  const [t, tForm, tFallback] = await Promise.all([
    getTranslations('AdminThesaurus'),
    getTranslations('AdminForm'),
    getTranslations('Fallback'),
  ]);
  const labels = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      t('termsLabel', { language: tFallback('languageName', { locale }) }),
    ]),
  );
  return (
    <AdminForm
      action={action}
      initialValues={initialValues}
      fieldLabels={labels}
      text={{ submit: t('save'), pending: tForm('saving') }}
    >
      <div className="grid gap-4 md:grid-cols-3">
        {LOCALES.map((locale) => (
          <TextareaField
            key={locale}
            name={locale}
            label={labels[locale]!}
            hint={t('termsHint')}
            rows={8}
            lang={locale}
            required
            requiredLabel={tForm('required')}
          />
        ))}
      </div>
    </AdminForm>
  );
};
