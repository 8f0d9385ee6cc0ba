import 'server-only';

import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import { type FormState, type FormValues, readFormData } from '@/lib/forms/form-state';
import { SUBSCRIBE_ERROR_KEYS, type TSubscribeErrorKey } from '@/lib/validation/subscriptions';

const isErrorKey = (message: string): message is TSubscribeErrorKey =>
  (SUBSCRIBE_ERROR_KEYS as readonly string[]).includes(message);

type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; state: FormState };

/**
 * Validates a subscription form; failures come back as `Subscribe.errors` messages in the
 * visitor's language, with everything typed or ticked, for the form to show again.
 */
export const parseSubscriptionForm = async <S extends z.ZodType>(
  schema: S,
  formData: FormData,
  locale: AppLocale,
): Promise<Parsed<z.output<S>>> => {
  const { values } = readFormData(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const t = await getTranslations({ locale, namespace: 'Subscribe.errors' });
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // A bad entry of a checkbox group belongs to the group (`countryIds.3` → `countryIds`).
    const name = String(issue.path[0] ?? 'form');
    if (fieldErrors[name]) continue;
    fieldErrors[name] = t(isErrorKey(issue.message) ? issue.message : 'invalid');
  }
  return {
    ok: false,
    state: {
      ok: false,
      fieldErrors,
      summary: t('summary', { count: Object.keys(fieldErrors).length }),
      values,
    },
  };
};
