'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZCreateMechanismSchema, ZUpdateMechanismSchema } from '@/lib/validation/mechanism-form';
import {
  type ContentDomain,
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/content-action';

import { createMechanism } from './create-mechanism';
import { deleteMechanism } from './delete-mechanism';
import { publishMechanism } from './publish-mechanism';
import { updateMechanism } from './update-mechanism';

const DOMAIN: ContentDomain = { list: '/admin/mechanisms', permission: 'content.edit' };

export const createMechanismAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  createContent(DOMAIN, rawLocale, formData, ZCreateMechanismSchema, createMechanism);

export const updateMechanismAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  updateContent(DOMAIN, rawLocale, id, formData, ZUpdateMechanismSchema, updateMechanism);

export const publishMechanismAction = async (rawLocale: string, id: string, published: boolean) =>
  publishContent(DOMAIN, rawLocale, id, published, publishMechanism);

export const deleteMechanismAction = async (rawLocale: string, id: string) =>
  deleteContent(DOMAIN, rawLocale, id, deleteMechanism);
