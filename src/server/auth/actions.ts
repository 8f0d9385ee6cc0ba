'use server';

// Server actions are POSTs that Next.js accepts only when Origin matches the host (its CSRF
// protection); every action checks the session itself, whatever page it was rendered on.
import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import {
  ZChangePasswordSchema,
  ZForgotPasswordSchema,
  ZResetPasswordSchema,
  ZSignInSchema,
} from '@/lib/validation/auth';
import { recordAudit } from '@/server/audit/record-audit';
import { isAppError } from '@/server/errors';
import { toLocale } from '@/server/i18n/to-locale';

import { authenticate } from './authenticate';
import { changePassword } from './change-password';
import { getClientIp } from './client-ip';
import { readDeviceToken, setDeviceCookie } from './device-cookie';
import { keepableValues, parseAuthForm } from './parse-auth-form';
import { rememberUserLocale } from './remember-user-locale';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { safeCallback } from './safe-callback';
import { getSession, requireSession } from './session';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { revokeUserSession } from './user-sessions';

const failed = (formError: string, values: FormValues): FormState => ({
  ok: false,
  fieldErrors: {},
  formError,
  values,
});

export const signInAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseAuthForm(ZSignInSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const { email, password, callbackUrl } = parsed.data;
  const ipAddress = await getClientIp();
  const result = await authenticate({
    email,
    password,
    ipAddress,
    deviceToken: await readDeviceToken(),
  });
  if (!result.ok) {
    const t = await getTranslations({ locale, namespace: 'Auth.errors' });
    const message = result.reason === 'rate-limited' ? t('rateLimited') : t('invalidCredentials');
    return failed(message, parsed.values);
  }
  await setDeviceCookie(result.user.id);
  await setSessionCookie(result.user, ipAddress);
  await rememberUserLocale(result.user.id, locale);
  return redirect(safeCallback(callbackUrl, locale));
};

export const signOutAction = async (boundLocale: string): Promise<void> => {
  const locale = toLocale(boundLocale);
  const session = await getSession();
  await clearSessionCookie();
  if (session) {
    // The cookie may have been copied: the session ends on the server, not only in this browser.
    await revokeUserSession(session.sessionId);
    await recordAudit({
      actor: session.user,
      action: 'auth.sign-out',
      ipAddress: await getClientIp(),
    });
  }
  redirect({ href: { pathname: '/sign-in', query: { signedOut: '1' } }, locale });
};

export const forgotPasswordAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseAuthForm(ZForgotPasswordSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const result = await requestPasswordReset({
    email: parsed.data.email,
    locale,
    ipAddress: await getClientIp(),
  });
  if (!result.ok) return failed(t('errors.resetRateLimited'), parsed.values);
  return { ok: true, message: t('forgot.sent') };
};

export const resetPasswordAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const parsed = await parseAuthForm(ZResetPasswordSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await resetPassword({
      token: parsed.data.token,
      newPassword: parsed.data.newPassword,
      ipAddress: await getClientIp(),
    });
  } catch (error) {
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    const t = await getTranslations({ locale, namespace: 'Auth.reset' });
    return failed(t('invalidLink'), parsed.values);
  }
  // A reset ends every session, this browser's too: sign in again with the new password.
  await clearSessionCookie();
  return redirect({ href: { pathname: '/sign-in', query: { reset: '1' } }, locale });
};

export const changePasswordAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const session = await requireSession();
  const { user } = session;
  const parsed = await parseAuthForm(ZChangePasswordSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const t = await getTranslations({ locale, namespace: 'Account' });
  const ipAddress = await getClientIp();
  try {
    const updated = await changePassword({
      userId: user.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      ipAddress,
    });
    // Other sessions end; this browser gets a new session with the new session version.
    await revokeUserSession(session.sessionId);
    await setSessionCookie(updated, ipAddress);
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) return failed(t('rateLimited'), parsed.values);
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    const tErrors = await getTranslations({ locale, namespace: 'Auth.errors' });
    return {
      ok: false,
      fieldErrors: { currentPassword: t('wrongCurrent') },
      summary: tErrors('summary', { count: 1 }),
      values: keepableValues(parsed.values),
    };
  }
  return { ok: true, message: t('changed') };
};
