'use server';

import type { FormState } from '@/lib/forms/form-state';
import {
  ZCreateCooperationSchema,
  ZUpdateCooperationSchema,
} from '@/lib/validation/cooperation-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';

import { createCooperation } from './create-cooperation';
import { deleteCooperation } from './delete-cooperation';
import { publishCooperation } from './publish-cooperation';
import { updateCooperation } from './update-cooperation';

const LIST = '/admin/cooperations';

export const createCooperationAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZCreateCooperationSchema,
    done: 'created',
    run: async ({ actor, data }) => {
      const { id } = await createCooperation({ actor, data });
      return `${LIST}/${id}`;
    },
  });

export const updateCooperationAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZUpdateCooperationSchema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await updateCooperation({ actor, id, data });
      return `${LIST}/${id}`;
    },
  });

export const publishCooperationAction = async (rawLocale: string, id: string, published: boolean) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${LIST}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publishCooperation({ actor, id, published }),
  });

export const deleteCooperationAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteCooperation({ actor, id }),
  });
