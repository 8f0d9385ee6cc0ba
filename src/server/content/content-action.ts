import 'server-only';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import type { Permission } from '@/server/auth/permissions';

import type { Actor } from './actor';
import { parseForm, toFailedState, toLocale } from './form-action';
import { guardActor, refuseAccess } from './guard-actor';
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
  const actor = await guardActor(permission, locale);
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
  try {
    await run(await requireActor(permission));
  } catch (error) {
    // The domain function checks again (a focal point's own mechanism): refused the same way.
    return refuseAccess(error, locale);
  }
  revalidatePath('/', 'layout');
  redirect({ href: { pathname, query: { done } }, locale });
};

/** Where a content domain's back-office list lives and who may edit its items. */
export type ContentDomain = { list: string; permission: Permission };

type DomainChange<S extends z.ZodType, R> = (input: {
  actor: Actor;
  data: z.output<S>;
}) => Promise<R>;

/** Creates an item from the form, then shows its edit page. */
export const createContent = async <S extends z.ZodType>(
  domain: ContentDomain,
  rawLocale: string,
  formData: FormData,
  schema: S,
  create: DomainChange<S, { id: string }>,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: domain.permission,
    schema,
    done: 'created',
    run: async ({ actor, data }) => `${domain.list}/${(await create({ actor, data })).id}`,
  });

/** Saves the form over item `id`, then shows its edit page again. */
export const updateContent = async <S extends z.ZodType>(
  domain: ContentDomain,
  rawLocale: string,
  id: string,
  formData: FormData,
  schema: S,
  update: (input: { actor: Actor; id: string; data: z.output<S> }) => Promise<unknown>,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: domain.permission,
    schema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await update({ actor, id, data });
      return `${domain.list}/${id}`;
    },
  });

/** Publishes or unpublishes item `id` (publishers only), then shows its edit page. */
export const publishContent = async (
  domain: ContentDomain,
  rawLocale: string,
  id: string,
  published: boolean,
  publish: (input: { actor: Actor; id: string; published: boolean }) => Promise<unknown>,
) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${domain.list}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publish({ actor, id, published }),
  });

/** Deletes item `id` (deleters only), then shows the list. */
export const deleteContent = async (
  domain: ContentDomain,
  rawLocale: string,
  id: string,
  remove: (input: { actor: Actor; id: string }) => Promise<unknown>,
) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: domain.list,
    done: 'deleted',
    run: (actor) => remove({ actor, id }),
  });
