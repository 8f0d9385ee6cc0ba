'use server';

// Server actions are POSTs that Next.js accepts only when Origin matches the host (its CSRF
// protection). None needs a session: the signed link's token is the permission.
import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import {
  ZRequestLinkSchema,
  ZSubscribeSchema,
  ZTokenFormSchema,
  ZUpdatePreferencesSchema,
} from '@/lib/validation/subscriptions';
import { getClientIp } from '@/server/auth/client-ip';
import { isAppError } from '@/server/errors';
import { toLocale } from '@/server/i18n/to-locale';

import { confirmSubscription } from './confirm-subscription';
import { deleteSubscription } from './delete-subscription';
import { parseSubscriptionForm } from './parse-subscription-form';
import { requestManageLink } from './request-manage-link';
import { subscribe } from './subscribe';
import { updateSubscription } from './update-subscription';

const failed = (formError: string, values: FormValues): FormState => ({
  ok: false,
  fieldErrors: {},
  formError,
  values,
});

export const subscribeAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseSubscriptionForm(ZSubscribeSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  const result = await subscribe({ data: parsed.data, ipAddress: await getClientIp() });
  if (!result.ok) return failed(t('errors.rateLimited'), parsed.values);
  return { ok: true, message: t('sent') };
};

export const requestLinkAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseSubscriptionForm(ZRequestLinkSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  const result = await requestManageLink({
    email: parsed.data.address,
    ipAddress: await getClientIp(),
  });
  if (!result.ok) return failed(t('errors.rateLimited'), parsed.values);
  return { ok: true, message: t('lostLink.sent') };
};

const invalidLink = async (locale: ReturnType<typeof toLocale>, values: FormValues) => {
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return failed(t('invalidLink'), values);
};

export const confirmSubscriptionAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseSubscriptionForm(ZTokenFormSchema, formData, locale);
  if (!parsed.ok) return invalidLink(locale, {});
  let manageToken: string;
  try {
    ({ manageToken } = await confirmSubscription({ token: parsed.data.token }));
  } catch (error) {
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    return invalidLink(locale, {});
  }
  return redirect({
    href: { pathname: '/subscribe/manage', query: { token: manageToken, done: 'confirmed' } },
    locale,
  });
};

export const updatePreferencesAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseSubscriptionForm(ZUpdatePreferencesSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateSubscription(parsed.data);
  } catch (error) {
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    return invalidLink(locale, parsed.values);
  }
  return redirect({
    href: { pathname: '/subscribe/manage', query: { token: parsed.data.token, done: 'saved' } },
    locale,
  });
};

/** Unsubscribing from the mailed link's page, or deleting from the preferences page. */
export const deleteSubscriptionAction = async (
  boundLocale: string,
  purpose: 'unsubscribe' | 'manage',
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseSubscriptionForm(ZTokenFormSchema, formData, locale);
  const deleted =
    parsed.ok &&
    (await deleteSubscription({ token: parsed.data.token, purpose: toPurpose(purpose) }));
  if (!deleted) return invalidLink(locale, {});
  return redirect({
    href: { pathname: '/subscribe/unsubscribe', query: { done: 'deleted' } },
    locale,
  });
};

// A bound argument is still input.
const toPurpose = (purpose: string) => (purpose === 'manage' ? 'manage' : 'unsubscribe');
