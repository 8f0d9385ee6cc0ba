'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateDocumentSchema, ZUpdateDocumentSchema } from '@/lib/validation/document-form';
import {
  type ContentDomain,
  deleteContent,
  publishContent,
  submitContentForm,
} from '@/server/content/content-action';
import { storeUpload } from '@/server/content/store-upload';

import { createDocument } from './create-document';
import { deleteDocument } from './delete-document';
import { publishDocument } from './publish-document';
import { updateDocument } from './update-document';

const DOMAIN: ContentDomain = { list: '/admin/documents', permission: 'content.edit' };

export const createDocumentAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: DOMAIN.permission,
    schema: ZCreateDocumentSchema,
    done: 'created',
    run: async ({ actor, data, files }) => {
      const fileId = await storeUpload(files.file);
      const { id } = await createDocument({ actor, data, fileId });
      return `${DOMAIN.list}/${id}`;
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
    permission: DOMAIN.permission,
    schema: ZUpdateDocumentSchema,
    done: 'saved',
    run: async ({ actor, data, files }) => {
      const fileId = await storeUpload(files.file);
      await updateDocument({ actor, id, data, fileId });
      return `${DOMAIN.list}/${id}`;
    },
  });

export const publishDocumentAction = async (rawLocale: string, id: string, published: boolean) =>
  publishContent(DOMAIN, rawLocale, id, published, publishDocument);

export const deleteDocumentAction = async (rawLocale: string, id: string) =>
  deleteContent(DOMAIN, rawLocale, id, deleteDocument);
