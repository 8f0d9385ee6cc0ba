'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZThemeSchema } from '@/lib/validation/theme-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';

import { createTheme } from './create-theme';
import { deleteTheme } from './delete-theme';
import { updateTheme } from './update-theme';

const LIST = '/admin/themes';

export const createThemeAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('themes.edit');
  const parsed = await parseForm(ZThemeSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await createTheme({ actor, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: LIST, query: { done: 'created' } }, locale });
};

export const updateThemeAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('themes.edit');
  const parsed = await parseForm(ZThemeSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateTheme({ actor, id, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: LIST, query: { done: 'saved' } }, locale });
};

export const deleteThemeAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('themes.edit');
  await deleteTheme({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
