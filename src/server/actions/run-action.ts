import 'server-only';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { type FormState, type FormValues, nestValues, readFormData } from '@/lib/forms/form-state';
import { isFormErrorKey } from '@/lib/validation/form-fields';
import type { Actor } from '@/server/auth/actor';
import type { Permission } from '@/server/auth/permissions';
import { guardActor, refuseAccess, requireActor } from '@/server/auth/require-actor';
import { type AppErrorCode, isAppError } from '@/server/errors';
import { toLocale } from '@/server/i18n/to-locale';

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
  // Uploads are visible to the schema too (as File objects), so that it can ask for what goes
  // with one (an image's alt text); schemas without such a field drop them.
  const result = schema.safeParse({ ...nestValues(values), ...files });
  if (result.success) return { ok: true, data: result.data, values, files };
  const t = await getTranslations({ locale, namespace: 'AdminForm' });
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = issue.path.join('.');
    // The first problem of a field is the one to fix first.
    if (fieldErrors[name]) continue;
    fieldErrors[name] = t(`errors.${isFormErrorKey(issue.message) ? issue.message : 'invalid'}`);
  }
  const summary = t('errorSummary', { count: Object.keys(fieldErrors).length });
  return { ok: false, state: { ok: false, fieldErrors, summary, values } };
};

/** Upload refusals belong to the form's file field (messages AdminForm.fileErrors.<code>). */
const FILE_ERROR_CODES = [
  'EMPTY_FILE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'STORAGE_UNAVAILABLE',
] as const satisfies readonly AppErrorCode[];

type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

const isFileErrorCode = (code: AppErrorCode): code is FileErrorCode =>
  (FILE_ERROR_CODES as readonly AppErrorCode[]).includes(code);

/** CONFLICT reasons with a message of their own; any other CONFLICT is a concurrent save. */
const CONFLICT_MESSAGES = [
  'isoTaken',
  'countryHasMechanisms',
  'alreadyReviewed',
  'duplicateParagraph',
] as const;

/**
 * The one place AppError codes become form messages: an expected failure comes back as form state
 * that keeps the user's input; anything else is rethrown to the error page.
 */
export const toFailedState = async (
  error: unknown,
  values: FormValues,
  locale: AppLocale,
): Promise<FormState> => {
  if (!isAppError(error)) throw error;
  const t = await getTranslations({ locale, namespace: 'AdminForm' });
  const fail = (extra: Partial<Extract<FormState, { ok: false }>>): FormState => ({
    ok: false,
    fieldErrors: {},
    values,
    ...extra,
  });
  const fieldError = (name: string, message: string) =>
    fail({ fieldErrors: { [name]: message }, summary: t('errorSummary', { count: 1 }) });

  if (isFileErrorCode(error.code)) return fieldError('file', t(`fileErrors.${error.code}`));
  switch (error.code) {
    case 'CONFLICT': {
      if (error.message === 'slugTaken') return fieldError('slug', t('errors.slugTaken'));
      const reason = CONFLICT_MESSAGES.find((message) => message === error.message);
      if (reason) return fail({ formError: t(reason) });
      return fail({ formError: t('conflict'), conflict: true });
    }
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return fail({ formError: t('forbidden') });
    case 'NOT_FOUND':
      return fail({ formError: t('notFound') });
    case 'INVALID_INPUT':
      return fail({ formError: t('invalidPayload') });
    default:
      throw error;
  }
};

/** Where to go after a change, and the notice (`?done=`) the page shows there. */
export type ActionDone = { pathname: string; done: string };

export type SubmitFormOptions<S extends z.ZodType> = {
  rawLocale: string;
  formData: FormData;
  permission: Permission;
  schema: S;
  /** The change (domain functions audit it); returns where to go, or form state to show. */
  run: (input: {
    actor: Actor;
    data: z.output<S>;
    files: Record<string, File>;
    values: FormValues;
    locale: AppLocale;
  }) => Promise<ActionDone | FormState>;
};

const isDone = (result: ActionDone | FormState): result is ActionDone =>
  result !== null && 'pathname' in result;

/**
 * Every back-office form: guard → parse → run → revalidate → redirect with a `done` notice.
 * Validation and expected failures (AppError) come back as form state with what was typed.
 */
export const submitForm = async <S extends z.ZodType>({
  rawLocale,
  formData,
  permission,
  schema,
  run,
}: SubmitFormOptions<S>): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await guardActor(permission, locale);
  const parsed = await parseForm(schema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let result: ActionDone | FormState;
  try {
    result = await run({
      actor,
      data: parsed.data,
      files: parsed.files,
      values: parsed.values,
      locale,
    });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  if (!isDone(result)) return result;
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: result.pathname, query: { done: result.done } }, locale });
};

export type RunButtonActionOptions = {
  rawLocale: string;
  permission: Permission;
  run: (actor: Actor) => Promise<ActionDone>;
};

/** A button without fields (publish, delete): guard → run → revalidate → redirect. */
export const runButtonAction = async ({ rawLocale, permission, run }: RunButtonActionOptions) => {
  const locale = toLocale(rawLocale);
  let result: ActionDone;
  try {
    result = await run(await requireActor(permission));
  } catch (error) {
    // The domain function checks again (a focal point's own mechanism): refused the same way.
    return refuseAccess(error, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: result.pathname, query: { done: result.done } }, locale });
};
