'use server';

// A server action is a POST that Next.js accepts only when Origin matches the host (its CSRF
// protection); it needs no session: anyone may write to the operators.
import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import { type FormState, type FormValues, readFormData } from '@/lib/forms/form-state';
import { ZContactSchema } from '@/lib/validation/contact';
import { parseForm } from '@/server/actions/run-action';
import { getClientIp } from '@/server/auth/client-ip';
import { refuseFillTime } from '@/server/forms/refuse-fill-time';
import { screenPublicForm } from '@/server/forms/screen-public-form';
import { toLocale } from '@/server/i18n/to-locale';
import { getSiteOperator } from '@/server/site/get-site-operator';

import { sendContactMessage } from './send-contact-message';

/**
 * The contact form, with or without JavaScript. Checked in order: that the operators set an
 * address (without one the page shows no form), the fields (localized errors, what was typed
 * kept), the honeypot (a filled one is told "sent" and nothing is mailed), the signed fill time,
 * then the limits; a mail the server refuses keeps what was typed too.
 */
export const sendContactAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'Contact' });
  const failed = (formError: string, values: FormValues): FormState => ({
    ok: false,
    fieldErrors: {},
    formError,
    values,
  });
  const { contactEmail } = getSiteOperator();
  if (!contactEmail) return failed(t('form.unavailable'), readFormData(formData).values);
  const parsed = await parseForm(ZContactSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const sent = { href: { pathname: '/contact', query: { sent: '1' } }, locale };
  const screen = screenPublicForm({ purpose: 'contact-form', values });
  if (screen === 'bot') return redirect(sent);
  if (screen !== 'ok') {
    return refuseFillTime({ purpose: 'contact-form', reason: screen, values, locale });
  }
  const outcome = await sendContactMessage({
    data: parsed.data,
    locale,
    ipAddress: await getClientIp(),
    to: contactEmail,
  });
  if (outcome === 'rateLimited') return failed(t('form.rateLimited'), values);
  if (outcome === 'failed') return failed(t('form.failed'), values);
  return redirect(sent);
};
