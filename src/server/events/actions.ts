'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/event-form';
import {
  type ContentDomain,
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/content-action';

import { createEvent } from './create-event';
import { deleteEvent } from './delete-event';
import { publishEvent } from './publish-event';
import { updateEvent } from './update-event';

const DOMAIN: ContentDomain = { list: '/admin/events', permission: 'content.edit' };

export const createEventAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  createContent(DOMAIN, rawLocale, formData, ZCreateEventSchema, createEvent);

export const updateEventAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  updateContent(DOMAIN, rawLocale, id, formData, ZUpdateEventSchema, updateEvent);

export const publishEventAction = async (rawLocale: string, id: string, published: boolean) =>
  publishContent(DOMAIN, rawLocale, id, published, publishEvent);

export const deleteEventAction = async (rawLocale: string, id: string) =>
  deleteContent(DOMAIN, rawLocale, id, deleteEvent);
