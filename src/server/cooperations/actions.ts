'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import {
  ZCreateCooperationSchema,
  ZUpdateCooperationSchema,
} from '@/lib/validation/cooperation-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';

import { createCooperation } from './create-cooperation';
import { deleteCooperation } from './delete-cooperation';
import { publishCooperation } from './publish-cooperation';
import { updateCooperation } from './update-cooperation';

const LIST = '/admin/cooperations';

export const createCooperationAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZCreateCooperationSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createCooperation({ actor, data: parsed.data }));
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'created' } }, locale });
};

export const updateCooperationAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZUpdateCooperationSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateCooperation({ actor, id, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'saved' } }, locale });
};

export const publishCooperationAction = async (
  rawLocale: string,
  id: string,
  published: boolean,
) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.publish');
  await publishCooperation({ actor, id, published });
  revalidatePath('/', 'layout');
  redirect({
    href: { pathname: `${LIST}/${id}`, query: { done: published ? 'published' : 'unpublished' } },
    locale,
  });
};

export const deleteCooperationAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.delete');
  await deleteCooperation({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
