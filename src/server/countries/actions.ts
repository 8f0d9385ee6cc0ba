'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZCreateCountrySchema, ZUpdateCountrySchema } from '@/lib/validation/country-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';

import { createCountry } from './create-country';
import { deleteCountry } from './delete-country';
import { publishCountry } from './publish-country';
import { updateCountry } from './update-country';

const LIST = '/admin/countries';

export const createCountryAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('countries.edit');
  const parsed = await parseForm(ZCreateCountrySchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createCountry({ actor, data: parsed.data }));
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'created' } }, locale });
};

export const updateCountryAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('countries.edit');
  const parsed = await parseForm(ZUpdateCountrySchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateCountry({ actor, id, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'saved' } }, locale });
};

export const publishCountryAction = async (rawLocale: string, id: string, published: boolean) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.publish');
  await publishCountry({ actor, id, published });
  revalidatePath('/', 'layout');
  redirect({
    href: { pathname: `${LIST}/${id}`, query: { done: published ? 'published' : 'unpublished' } },
    locale,
  });
};

export const deleteCountryAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.delete');
  await deleteCountry({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
