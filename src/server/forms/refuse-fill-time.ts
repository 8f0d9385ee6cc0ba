import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { AppLocale } from '@/i18n/routing';
import { STARTED_FIELD } from '@/lib/forms/bot-fields';
import type { FormState, FormValues } from '@/lib/forms/form-state';

import type { FormTokenCheck } from './check-form-token';
import { createFormToken } from './create-form-token';
import type { FormTokenPurpose } from './form-token-signature';

export type RefuseFillTimeOptions = {
  purpose: FormTokenPurpose;
  reason: Exclude<FormTokenCheck, 'ok'>;
  values: FormValues;
  locale: AppLocale;
};

/**
 * A public form sent too fast, too late or with a forged start time, back with what was typed,
 * the reason in the visitor's language and a fresh start time: sending it again after a moment
 * works, with or without JavaScript.
 */
export const refuseFillTime = async ({
  purpose,
  reason,
  values,
  locale,
}: RefuseFillTimeOptions): Promise<FormState> => {
  const t = await getTranslations({ locale, namespace: 'PublicForm' });
  return {
    ok: false,
    fieldErrors: {},
    formError: t('timing', { reason }),
    values: { ...values, [STARTED_FIELD]: createFormToken(purpose) },
  };
};
