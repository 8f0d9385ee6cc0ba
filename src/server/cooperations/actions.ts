'use server';

import type { FormState } from '@/lib/forms/form-state';
import {
  ZCreateCooperationSchema,
  ZUpdateCooperationSchema,
} from '@/lib/validation/cooperation-form';
import {
  type ContentDomain,
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/content-action';

import { createCooperation } from './create-cooperation';
import { deleteCooperation } from './delete-cooperation';
import { publishCooperation } from './publish-cooperation';
import { updateCooperation } from './update-cooperation';

const DOMAIN: ContentDomain = { list: '/admin/cooperations', permission: 'content.edit' };

export const createCooperationAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  createContent(DOMAIN, rawLocale, formData, ZCreateCooperationSchema, createCooperation);

export const updateCooperationAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  updateContent(DOMAIN, rawLocale, id, formData, ZUpdateCooperationSchema, updateCooperation);

export const publishCooperationAction = async (rawLocale: string, id: string, published: boolean) =>
  publishContent(DOMAIN, rawLocale, id, published, publishCooperation);

export const deleteCooperationAction = async (rawLocale: string, id: string) =>
  deleteContent(DOMAIN, rawLocale, id, deleteCooperation);
