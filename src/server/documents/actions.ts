'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { documentType } from './document-type';

const actions = contentActions(documentType);

export const createDocumentAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateDocumentAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishDocumentAction = async (rawLocale: string, id: string, published: boolean) =>
  actions.publish(rawLocale, id, published);

export const deleteDocumentAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
