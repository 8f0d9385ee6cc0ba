import 'server-only';

import { HONEYPOT_FIELD, STARTED_FIELD } from '@/lib/forms/bot-fields';
import type { FormValues } from '@/lib/forms/form-state';

import { checkFormToken, type FormTokenCheck } from './check-form-token';
import type { FormTokenPurpose } from './form-token-signature';

export type ScreenPublicFormOptions = {
  purpose: FormTokenPurpose;
  /** The form as submitted (readFormData). */
  values: FormValues;
};

/**
 * The bot checks of a public form, after its fields are valid: `bot` when the honeypot is filled
 * (answer "sent" and keep nothing), otherwise how the signed start time checks out (`ok`, or why
 * the form goes back to be sent again: refuse-fill-time.ts).
 */
export const screenPublicForm = ({
  purpose,
  values,
}: ScreenPublicFormOptions): 'bot' | FormTokenCheck => {
  if (values[HONEYPOT_FIELD]) return 'bot';
  return checkFormToken(purpose, String(values[STARTED_FIELD] ?? ''));
};
