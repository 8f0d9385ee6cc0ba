import 'server-only';

import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';

import { type AppLocale, routing } from '@/i18n/routing';
import { type FormState, type FormValues, nestValues, readFormData } from '@/lib/forms/form-state';
import { FORM_ERROR_KEYS, type TFormErrorKey } from '@/lib/validation/form-fields';
import { DocumentFileError } from '@/server/documents/document-file-error';
import { isAppError } from '@/server/errors';

const isErrorKey = (message: string): message is TFormErrorKey =>
  (FORM_ERROR_KEYS as readonly string[]).includes(message);

/** A bound locale is still input: anything unexpected falls back to the default language. */
export const toLocale = (locale: string): AppLocale =>
  hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;

type Parsed<T> =
  | { ok: true; data: T; values: FormValues; files: Record<string, File> }
  | { ok: false; state: FormState };

/** Reads and validates a submitted form; failures come back localized with what was typed. */
export const parseForm = async <S extends z.ZodType>(
  schema: S,
  formData: FormData,
  locale: AppLocale,
): Promise<Parsed<z.output<S>>> => {
  const { values, files } = readFormData(formData);
  const result = schema.safeParse(nestValues(values));
  if (result.success) return { ok: true, data: result.data, values, files };
  const t = await getTranslations({ locale, namespace: 'AdminForm' });
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = issue.path.join('.');
    // The first problem of a field is the one to fix first.
    if (fieldErrors[name]) continue;
    fieldErrors[name] = t(`errors.${isErrorKey(issue.message) ? issue.message : 'invalid'}`);
  }
  const summary = t('errorSummary', { count: Object.keys(fieldErrors).length });
  return { ok: false, state: { ok: false, fieldErrors, summary, values } };
};

/**
 * Turns an expected failure (AppError, refused upload) into form state that keeps the user's
 * input; anything else is rethrown to the error page.
 */
export const toFailedState = async (
  error: unknown,
  values: FormValues,
  locale: AppLocale,
): Promise<FormState> => {
  const t = await getTranslations({ locale, namespace: 'AdminForm' });
  const fail = (extra: Partial<Extract<FormState, { ok: false }>>): FormState => ({
    ok: false,
    fieldErrors: {},
    values,
    ...extra,
  });
  if (error instanceof DocumentFileError) {
    return fail({
      fieldErrors: { file: t(`fileErrors.${error.code}`) },
      summary: t('errorSummary', { count: 1 }),
    });
  }
  if (!isAppError(error)) throw error;
  if (error.code === 'CONFLICT') {
    if (error.message === 'slugTaken') {
      return fail({
        fieldErrors: { slug: t('errors.slugTaken') },
        summary: t('errorSummary', { count: 1 }),
      });
    }
    if (error.message === 'isoTaken') return fail({ formError: t('isoTaken') });
    if (error.message === 'countryHasMechanisms')
      return fail({ formError: t('countryHasMechanisms') });
    if (error.message === 'alreadyReviewed') return fail({ formError: t('alreadyReviewed') });
    return fail({ formError: t('conflict'), conflict: true });
  }
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return fail({ formError: t('forbidden') });
  }
  if (error.code === 'NOT_FOUND') return fail({ formError: t('notFound') });
  if (error.code === 'INVALID_INPUT') return fail({ formError: t('invalidPayload') });
  if (error.code === 'STORAGE_UNAVAILABLE') {
    return fail({
      fieldErrors: { file: t('fileErrors.STORAGE_UNAVAILABLE') },
      summary: t('errorSummary', { count: 1 }),
    });
  }
  throw error;
};
