'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { mechanismType } from './mechanism-type';

const actions = contentActions(mechanismType);

export const createMechanismAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateMechanismAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishMechanismAction = async (rawLocale: string, id: string, published: boolean) =>
  actions.publish(rawLocale, id, published);

export const deleteMechanismAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
