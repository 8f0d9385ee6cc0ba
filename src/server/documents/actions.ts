'use server';

import { revalidatePath } from 'next/cache';

import { redirect } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { ZCreateDocumentSchema, ZUpdateDocumentSchema } from '@/lib/validation/document-form';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { requireActor } from '@/server/content/require-actor';
import { storeUpload } from '@/server/content/store-upload';

import { createDocument } from './create-document';
import { deleteDocument } from './delete-document';
import { publishDocument } from './publish-document';
import { updateDocument } from './update-document';

const LIST = '/admin/documents';

export const createDocumentAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZCreateDocumentSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  let id: string;
  try {
    const fileId = await storeUpload(parsed.files.file);
    ({ id } = await createDocument({ actor, data: parsed.data, fileId }));
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'created' } }, locale });
};

export const updateDocumentAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.edit');
  const parsed = await parseForm(ZUpdateDocumentSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    const fileId = await storeUpload(parsed.files.file);
    await updateDocument({ actor, id, data: parsed.data, fileId });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: `${LIST}/${id}`, query: { done: 'saved' } }, locale });
};

export const publishDocumentAction = async (rawLocale: string, id: string, published: boolean) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.publish');
  await publishDocument({ actor, id, published });
  revalidatePath('/', 'layout');
  redirect({
    href: { pathname: `${LIST}/${id}`, query: { done: published ? 'published' : 'unpublished' } },
    locale,
  });
};

export const deleteDocumentAction = async (rawLocale: string, id: string) => {
  const locale = toLocale(rawLocale);
  const actor = await requireActor('content.delete');
  await deleteDocument({ actor, id });
  revalidatePath('/', 'layout');
  redirect({ href: { pathname: LIST, query: { done: 'deleted' } }, locale });
};
