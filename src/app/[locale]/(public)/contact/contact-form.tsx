import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { HiddenField } from '@/components/admin/hidden-field';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { HoneypotField } from '@/components/forms/honeypot-field';
import type { AppLocale } from '@/i18n/routing';
import { HONEYPOT_FIELD, STARTED_FIELD } from '@/lib/forms/bot-fields';
import { CONTACT_MESSAGE_MAX, CONTACT_TOPICS, type TContactTopic } from '@/lib/validation/contact';
import { sendContactAction } from '@/server/contact/actions';
import { createFormToken } from '@/server/forms/create-form-token';

export type ContactFormProps = {
  locale: AppLocale;
  /** A topic to preselect (`?topic=`). */
  topic?: TContactTopic;
};

/**
 * The contact form on a server action: works without JavaScript, and gives back what was typed
 * with localized errors (the form and fields the correction form uses too).
 */
export const ContactForm = async ({ locale, topic }: ContactFormProps) => {
  const [t, tForm, tPublic] = await Promise.all([
    getTranslations('Contact'),
    getTranslations('AdminForm'),
    getTranslations('PublicForm'),
  ]);
  const labels = {
    name: t('form.name'),
    email: t('form.email'),
    topic: t('form.topic'),
    message: t('form.message'),
  };
  return (
    <AdminForm
      action={sendContactAction.bind(null, locale)}
      initialValues={{
        topic: topic ?? CONTACT_TOPICS[0],
        [STARTED_FIELD]: createFormToken('contact-form'),
      }}
      fieldLabels={labels}
      text={{ submit: t('form.submit'), pending: t('form.pending') }}
    >
      <TextField name="name" label={labels.name} autoComplete="name" />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={t('form.emailHint')}
        required
        requiredLabel={tForm('required')}
        autoComplete="email"
      />
      <SelectField
        name="topic"
        label={labels.topic}
        hint={t('form.topicHint')}
        options={CONTACT_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }))}
      />
      <TextareaField
        name="message"
        label={labels.message}
        hint={t('form.messageHint', { max: CONTACT_MESSAGE_MAX })}
        rows={8}
        required
        requiredLabel={tForm('required')}
      />
      <HoneypotField name={HONEYPOT_FIELD} label={tPublic('honeypot')} />
      <HiddenField name={STARTED_FIELD} />
    </AdminForm>
  );
};
