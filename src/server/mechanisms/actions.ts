'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateMechanismSchema, ZUpdateMechanismSchema } from '@/lib/validation/mechanism-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';

import { createMechanism } from './create-mechanism';
import { deleteMechanism } from './delete-mechanism';
import { publishMechanism } from './publish-mechanism';
import { updateMechanism } from './update-mechanism';

const LIST = '/admin/mechanisms';

export const createMechanismAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZCreateMechanismSchema,
    done: 'created',
    run: async ({ actor, data }) => {
      const { id } = await createMechanism({ actor, data });
      return `${LIST}/${id}`;
    },
  });

export const updateMechanismAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZUpdateMechanismSchema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await updateMechanism({ actor, id, data });
      return `${LIST}/${id}`;
    },
  });

export const publishMechanismAction = async (rawLocale: string, id: string, published: boolean) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${LIST}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publishMechanism({ actor, id, published }),
  });

export const deleteMechanismAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteMechanism({ actor, id }),
  });
