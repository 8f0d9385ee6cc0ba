import 'server-only';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { Actor } from '@/server/auth/actor';
import type { Permission } from '@/server/auth/permissions';
import { guardActor, refuseAccess, requireActor } from '@/server/auth/require-actor';
import { toLocale } from '@/server/i18n/to-locale';

import { parseForm, toFailedState } from './form-action';

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
