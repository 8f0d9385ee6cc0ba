'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZThemeSchema } from '@/lib/validation/theme-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';

import { createTheme } from './create-theme';
import { deleteTheme } from './delete-theme';
import { updateTheme } from './update-theme';

const LIST = '/admin/themes';

export const createThemeAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'themes.edit',
    schema: ZThemeSchema,
    done: 'created',
    run: async ({ actor, data }) => {
      await createTheme({ actor, data });
      return LIST;
    },
  });

export const updateThemeAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'themes.edit',
    schema: ZThemeSchema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await updateTheme({ actor, id, data });
      return LIST;
    },
  });

export const deleteThemeAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'themes.edit',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteTheme({ actor, id }),
  });
