'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { eventType } from './event-type';

const actions = contentActions(eventType);

export const createEventAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateEventAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishEventAction = async (rawLocale: string, id: string, published: boolean) =>
  actions.publish(rawLocale, id, published);

export const deleteEventAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
