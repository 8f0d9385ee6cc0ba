'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/event-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';

import { createEvent } from './create-event';
import { deleteEvent } from './delete-event';
import { publishEvent } from './publish-event';
import { updateEvent } from './update-event';

const LIST = '/admin/events';

export const createEventAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZCreateEventSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    ({ id } = await createEvent({ actor, data: parsed.data }));
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'created' } }, locale });
};

export const updateEventAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZUpdateEventSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    await updateEvent({ actor, id, data: parsed.data });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'saved' } }, locale });
};

export const publishEventAction = async (rawLocale: string, id: string, published: boolean) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.publish');
  await publishEvent({ actor, id, published });
  revalidatePath('/', 'layout');
  redirect({
    href: { pathname: `${LIST}/${id}`, query: { done: published ? 'published' : 'unpublished' } },
    locale,
  });
};

export const deleteEventAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.delete');
  await deleteEvent({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
