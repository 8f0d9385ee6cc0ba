'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateCountrySchema, ZUpdateCountrySchema } from '@/lib/validation/country-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';

import { createCountry } from './create-country';
import { deleteCountry } from './delete-country';
import { publishCountry } from './publish-country';
import { updateCountry } from './update-country';

const LIST = '/admin/countries';

export const createCountryAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'countries.edit',
    schema: ZCreateCountrySchema,
    done: 'created',
    run: async ({ actor, data }) => {
      const { id } = await createCountry({ actor, data });
      return `${LIST}/${id}`;
    },
  });

export const updateCountryAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'countries.edit',
    schema: ZUpdateCountrySchema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await updateCountry({ actor, id, data });
      return `${LIST}/${id}`;
    },
  });

export const publishCountryAction = async (rawLocale: string, id: string, published: boolean) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${LIST}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publishCountry({ actor, id, published }),
  });

export const deleteCountryAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteCountry({ actor, id }),
  });
