'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { cooperationType } from './cooperation-type';

const actions = contentActions(cooperationType);

export const createCooperationAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateCooperationAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishCooperationAction = async (rawLocale: string, id: string, published: boolean) =>
  actions.publish(rawLocale, id, published);

export const deleteCooperationAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
