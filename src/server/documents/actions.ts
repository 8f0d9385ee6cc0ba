'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateDocumentSchema, ZUpdateDocumentSchema } from '@/lib/validation/document-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';
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
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZCreateDocumentSchema,
    done: 'created',
    run: async ({ actor, data, files }) => {
      const fileId = await storeUpload(files.file);
      const { id } = await createDocument({ actor, data, fileId });
      return `${LIST}/${id}`;
    },
  });

export const updateDocumentAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZUpdateDocumentSchema,
    done: 'saved',
    run: async ({ actor, data, files }) => {
      const fileId = await storeUpload(files.file);
      await updateDocument({ actor, id, data, fileId });
      return `${LIST}/${id}`;
    },
  });

export const publishDocumentAction = async (rawLocale: string, id: string, published: boolean) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${LIST}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publishDocument({ actor, id, published }),
  });

export const deleteDocumentAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteDocument({ actor, id }),
  });
