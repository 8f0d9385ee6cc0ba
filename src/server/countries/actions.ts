'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { countryType } from './country-type';

const actions = contentActions(countryType);

export const createCountryAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateCountryAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishCountryAction = async (rawLocale: string, id: string, published: boolean) =>
  actions.publish(rawLocale, id, published);

export const deleteCountryAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
