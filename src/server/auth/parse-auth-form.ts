import 'server-only';

import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import { type FormState, type FormValues, readFormData } from '@/lib/forms/form-state';
import { AUTH_ERROR_KEYS, PASSWORD_MIN_LENGTH, type TAuthErrorKey } from '@/lib/validation/auth';

const isErrorKey = (message: string): message is TAuthErrorKey =>
  (AUTH_ERROR_KEYS as readonly string[]).includes(message);

/** Passwords and tokens are never sent back into a page; everything else is, to keep the input. */
const SECRET_FIELDS = /password|token/i;

export const keepableValues = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.test(name)));

type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; state: FormState };

/** Validates an auth or user form; failures come back as localized `Auth.errors` messages. */
export const parseAuthForm = async <S extends z.ZodType>(
  schema: S,
  formData: FormData,
  locale: AppLocale,
): Promise<Parsed<z.output<S>>> => {
  const { values } = readFormData(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values: keepableValues(values) };
  const t = await getTranslations({ locale, namespace: 'Auth.errors' });
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = issue.path.join('.');
    if (fieldErrors[name]) continue;
    const key = isErrorKey(issue.message) ? issue.message : 'required';
    fieldErrors[name] = t(key, { min: PASSWORD_MIN_LENGTH });
  }
  return {
    ok: false,
    state: {
      ok: false,
      fieldErrors,
      summary: t('summary', { count: Object.keys(fieldErrors).length }),
      values: keepableValues(values),
    },
  };
};
