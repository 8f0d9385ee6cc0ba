'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZCreateMechanismSchema, ZUpdateMechanismSchema } from '@/lib/validation/mechanism-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';

import { createMechanism } from './create-mechanism';
import { deleteMechanism } from './delete-mechanism';
import { publishMechanism } from './publish-mechanism';
import { updateMechanism } from './update-mechanism';

const LIST = '/admin/mechanisms';

export const createMechanismAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZCreateMechanismSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createMechanism({ actor, data: parsed.data }));
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'created' } }, locale });
};

export const updateMechanismAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZUpdateMechanismSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateMechanism({ actor, id, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'saved' } }, locale });
};

export const publishMechanismAction = async (rawLocale: string, id: string, published: boolean) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.publish');
  await publishMechanism({ actor, id, published });
  revalidatePath('/', 'layout');
  redirect({
    href: { pathname: `${LIST}/${id}`, query: { done: published ? 'published' : 'unpublished' } },
    locale,
  });
};

export const deleteMechanismAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.delete');
  await deleteMechanism({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
