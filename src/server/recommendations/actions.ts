'use server';

import type { FormState } from '@/lib/forms/form-state';
import { contentActions } from '@/server/content/content-actions';

import { recommendationType } from './recommendation-type';

const actions = contentActions(recommendationType);

export const createRecommendationAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.create(rawLocale, formData);

export const updateRecommendationAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => actions.update(rawLocale, id, formData);

export const publishRecommendationAction = async (
  rawLocale: string,
  id: string,
  published: boolean,
) => actions.publish(rawLocale, id, published);

export const deleteRecommendationAction = async (rawLocale: string, id: string) =>
  actions.delete(rawLocale, id);
