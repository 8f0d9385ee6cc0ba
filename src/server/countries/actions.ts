'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateCountrySchema, ZUpdateCountrySchema } from '@/lib/validation/country-form';
import {
  type ContentDomain,
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/content-action';

import { createCountry } from './create-country';
import { deleteCountry } from './delete-country';
import { publishCountry } from './publish-country';
import { updateCountry } from './update-country';

const DOMAIN: ContentDomain = { list: '/admin/countries', permission: 'countries.edit' };

export const createCountryAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  createContent(DOMAIN, rawLocale, formData, ZCreateCountrySchema, createCountry);

export const updateCountryAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  updateContent(DOMAIN, rawLocale, id, formData, ZUpdateCountrySchema, updateCountry);

export const publishCountryAction = async (rawLocale: string, id: string, published: boolean) =>
  publishContent(DOMAIN, rawLocale, id, published, publishCountry);

export const deleteCountryAction = async (rawLocale: string, id: string) =>
  deleteContent(DOMAIN, rawLocale, id, deleteCountry);
