'use server';

// Each action checks the permission itself (guardActor) and again in the domain function.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZCreateUserSchema } from '@/lib/validation/users';
import { parseAuthForm } from '@/server/auth/parse-auth-form';
import { guardActor } from '@/server/auth/require-actor';
import { isAppError } from '@/server/errors';
import { toLocale } from '@/server/i18n/to-locale';

import { createUser } from './create-user';
import { sendUserPasswordLink } from './send-user-password-link';
import { setUserActive } from './set-user-active';

export const createUserAction = async (
  boundLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(boundLocale);
  const actor = await guardActor('users.manage', locale);
  const parsed = await parseAuthForm(ZCreateUserSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let mailed: boolean;
  try {
    ({ mailed } = await createUser({ actor, locale, ...parsed.data }));
  } catch (error) {
    const field = isAppError(error, 'CONFLICT')
      ? 'email'
      : isAppError(error, 'NOT_FOUND')
        ? 'mechanismId'
        : null;
    if (!field) throw error;
    const [t, tErrors] = await Promise.all([
      getTranslations({ locale, namespace: 'AdminUsers.errors' }),
      getTranslations({ locale, namespace: 'Auth.errors' }),
    ]);
    return {
      ok: false,
      fieldErrors: { [field]: field === 'email' ? t('emailTaken') : t('mechanismMissing') },
      summary: tErrors('summary', { count: 1 }),
      values: parsed.values,
    };
  }
  revalidatePath(`/${locale}/admin/users`);
  const query = mailed ? { done: 'created' } : { done: 'created', error: 'mailFailed' };
  return redirect({ href: { pathname: '/admin/users', query }, locale });
};

const USER_ERRORS = {
  CONFLICT: { self: 'self', inactive: 'inactive', mailFailed: 'mailFailed' },
} as const;

/** Runs a one-button user action and comes back to the list with its outcome. */
const runUserAction = async (
  boundLocale: string,
  done: 'linkSent' | 'deactivated' | 'activated',
  run: () => Promise<unknown>,
) => {
  const locale = toLocale(boundLocale);
  try {
    await run();
  } catch (error) {
    const key = isAppError(error, 'CONFLICT')
      ? USER_ERRORS.CONFLICT[error.message as keyof typeof USER_ERRORS.CONFLICT]
      : undefined;
    if (!key) throw error;
    return redirect({ href: { pathname: '/admin/users', query: { error: key } }, locale });
  }
  revalidatePath(`/${locale}/admin/users`);
  return redirect({ href: { pathname: '/admin/users', query: { done } }, locale });
};

export const setUserActiveAction = async (boundLocale: string, id: string, active: boolean) => {
  const actor = await guardActor('users.manage', toLocale(boundLocale));
  await runUserAction(boundLocale, active ? 'activated' : 'deactivated', () =>
    setUserActive({ actor, id, active }),
  );
};

export const sendUserPasswordLinkAction = async (boundLocale: string, id: string) => {
  const actor = await guardActor('users.manage', toLocale(boundLocale));
  await runUserAction(boundLocale, 'linkSent', () =>
    sendUserPasswordLink({ actor, id, locale: toLocale(boundLocale) }),
  );
};
