'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { themeType } from './theme-type';

const actions = contentActions(themeType);

export const createThemeAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateThemeAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const deleteThemeAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
