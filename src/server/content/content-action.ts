import 'server-only';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import type { Permission } from '@/server/auth/permissions';

import type { Actor } from './actor';
import { parseForm, toFailedState, toLocale } from './form-action';
import { requireActor } from './require-actor';

type Done = 'created' | 'saved' | 'published' | 'unpublished' | 'deleted';

export type SubmitContentFormOptions<S extends z.ZodType> = {
  rawLocale: string;
  formData: FormData;
  permission: Permission;
  schema: S;
  done: Done;
  /** The domain change; returns the back-office path to show afterwards. */
  run: (input: { actor: Actor; data: z.output<S>; files: Record<string, File> }) => Promise<string>;
};

/**
 * The back-office form flow: guard, validate, change, then refresh every page and redirect with a
 * `done` notice. Validation and expected failures come back as form state with what was typed.
 */
export const submitContentForm = async <S extends z.ZodType>({
  rawLocale,
  formData,
  permission,
  schema,
  done,
  run,
}: SubmitContentFormOptions<S>): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor(permission);
  const parsed = await parseForm(schema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let pathname: string;
  try {
    pathname = await run({ actor, data: parsed.data, files: parsed.files });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname, query: { done } }, locale });
};

export type RunContentActionOptions = {
  rawLocale: string;
  permission: Permission;
  /** The back-office path to show afterwards. */
  pathname: string;
  done: Done;
  run: (actor: Actor) => Promise<unknown>;
};

/** A button action (publish, delete): guard, change, then refresh every page and redirect. */
export const runContentAction = async ({
  rawLocale,
  permission,
  pathname,
  done,
  run,
}: RunContentActionOptions) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor(permission);
  await run(actor);
  revalidatePath('/', 'layout');
  redirect({ href: { pathname, query: { done } }, locale });
};
