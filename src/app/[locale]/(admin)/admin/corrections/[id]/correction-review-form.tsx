import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { CheckboxField } from '@/components/admin/checkbox-field';
import { DecisionButtons } from '@/components/admin/decision-buttons';
import { HiddenField } from '@/components/admin/hidden-field';
import { TextField, type TextFieldProps } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import type { AppLocale } from '@/i18n/routing';
import type { TCorrectionFieldKind } from '@/lib/validation/corrections';
import { reviewCorrectionAction } from '@/server/corrections/actions';
import type { CorrectionDetail } from '@/server/corrections/get-correction';

import { CorrectionSourceFields } from './correction-source-fields';

const INPUT_TYPES: Record<TCorrectionFieldKind, TextFieldProps['type']> = {
  date: 'date',
  year: 'text',
  url: 'url',
  email: 'email',
  text: 'text',
  other: 'text',
};

/** A date input only takes YYYY-MM-DD: anything else the sender wrote stays in the table. */
const initialValue = (kind: TCorrectionFieldKind, proposed: string) =>
  kind !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(proposed.trim()) ? proposed.trim() : '';

/** A first guess at a title for a new source: the site's name as its address gives it. */
const sourceHost = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export type CorrectionReviewFormProps = { locale: AppLocale; correction: CorrectionDetail };

/** Accept (applying the value, which the editor may edit) or reject, with a note and an answer. */
export const CorrectionReviewForm = async ({ locale, correction }: CorrectionReviewFormProps) => {
  const t = await getTranslations('AdminCorrections');
  const { kind } = correction.spec;
  return (
    <AdminForm
      action={reviewCorrectionAction.bind(null, locale, correction.id)}
      initialValues={{
        entityVersion: String(correction.entityVersion ?? ''),
        value: initialValue(kind, correction.proposedValue),
        sourceTitle: sourceHost(correction.sourceUrl),
        notify: 'on',
      }}
      fieldLabels={{
        value: t('value'),
        sourceTitle: t('sourceTitle'),
        sourcePublisher: t('sourcePublisher'),
        note: t('note'),
      }}
      text={{ submit: t('accept'), pending: t('accept') }}
      buttons={
        <DecisionButtons
          accept={{ value: 'accept', label: kind === 'other' ? t('acceptOther') : t('accept') }}
          rejectLabel={t('reject')}
        />
      }
    >
      <HiddenField name="entityVersion" />
      {kind === 'other' ? (
        <p className="rounded border-l-4 border-slate-400 bg-slate-50 p-3">{t('otherHint')}</p>
      ) : (
        <>
          <TextField
            name="value"
            type={INPUT_TYPES[kind]}
            label={t('value')}
            hint={t('valueHint', { kind })}
          />
          <CorrectionSourceFields correction={correction} />
        </>
      )}
      <TextareaField name="note" label={t('note')} hint={t('noteHint')} rows={3} />
      {correction.contactEmail && (
        <CheckboxField
          name="notify"
          label={t('notify', { email: correction.contactEmail })}
          hint={t('notifyHint')}
        />
      )}
    </AdminForm>
  );
};
