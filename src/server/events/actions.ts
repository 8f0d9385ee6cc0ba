'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/event-form';
import { runContentAction, submitContentForm } from '@/server/content/content-action';

import { createEvent } from './create-event';
import { deleteEvent } from './delete-event';
import { publishEvent } from './publish-event';
import { updateEvent } from './update-event';

const LIST = '/admin/events';

export const createEventAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZCreateEventSchema,
    done: 'created',
    run: async ({ actor, data }) => {
      const { id } = await createEvent({ actor, data });
      return `${LIST}/${id}`;
    },
  });

export const updateEventAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitContentForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZUpdateEventSchema,
    done: 'saved',
    run: async ({ actor, data }) => {
      await updateEvent({ actor, id, data });
      return `${LIST}/${id}`;
    },
  });

export const publishEventAction = async (rawLocale: string, id: string, published: boolean) =>
  runContentAction({
    rawLocale,
    permission: 'content.publish',
    pathname: `${LIST}/${id}`,
    done: published ? 'published' : 'unpublished',
    run: (actor) => publishEvent({ actor, id, published }),
  });

export const deleteEventAction = async (rawLocale: string, id: string) =>
  runContentAction({
    rawLocale,
    permission: 'content.delete',
    pathname: LIST,
    done: 'deleted',
    run: (actor) => deleteEvent({ actor, id }),
  });
