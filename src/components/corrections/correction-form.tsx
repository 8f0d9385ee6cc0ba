import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { HiddenField } from '@/components/admin/hidden-field';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { HoneypotField } from '@/components/forms/honeypot-field';
import type { AppLocale } from '@/i18n/routing';
import { HONEYPOT_FIELD, STARTED_FIELD } from '@/lib/forms/bot-fields';
import { correctionFieldNames, type TCorrectionEntityType } from '@/lib/validation/corrections';
import { proposeCorrectionAction } from '@/server/corrections/actions';
import { createFormToken } from '@/server/forms/create-form-token';

export type CorrectionFormProps = {
  entityType: TCorrectionEntityType;
  slug: string;
  locale: AppLocale;
  /** A fact to preselect (`?field=`); ignored unless it is one of the type's. */
  field?: string;
};

/**
 * The public correction form: a server action that works without JavaScript and gives back what
 * was typed with localized errors (the back office's form and fields, which do just that).
 */
export const CorrectionForm = async ({ entityType, slug, locale, field }: CorrectionFormProps) => {
  const [t, tForm, tPublic] = await Promise.all([
    getTranslations('Correction'),
    getTranslations('AdminForm'),
    getTranslations('PublicForm'),
  ]);
  const fields: readonly string[] = correctionFieldNames(entityType);
  const labels = {
    field: t('form.field'),
    proposedValue: t('form.proposedValue'),
    sourceUrl: t('form.sourceUrl'),
    contactEmail: t('form.contactEmail'),
  };
  return (
    <AdminForm
      action={proposeCorrectionAction.bind(null, locale, entityType, slug)}
      initialValues={{
        field: field && fields.includes(field) ? field : fields[0]!,
        [STARTED_FIELD]: createFormToken('correction-form'),
      }}
      fieldLabels={labels}
      text={{ submit: t('form.submit'), pending: t('form.pending') }}
    >
      <SelectField
        name="field"
        label={labels.field}
        hint={t('form.fieldHint')}
        options={fields.map((name) => ({ value: name, label: t('fieldLabel', { field: name }) }))}
      />
      <TextareaField
        name="proposedValue"
        label={labels.proposedValue}
        hint={t('form.proposedValueHint')}
        rows={3}
        required
        requiredLabel={tForm('required')}
      />
      <TextField
        name="sourceUrl"
        type="url"
        label={labels.sourceUrl}
        hint={t('form.sourceUrlHint')}
        required
        requiredLabel={tForm('required')}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={labels.contactEmail}
        hint={t('form.contactEmailHint')}
        autoComplete="email"
      />
      <HoneypotField name={HONEYPOT_FIELD} label={tPublic('honeypot')} />
      <HiddenField name={STARTED_FIELD} />
    </AdminForm>
  );
};
