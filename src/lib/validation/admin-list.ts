import { z } from 'zod';

import { FORM_LOCALES } from './form-fields';

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** Query string of the back-office lists; anything invalid is ignored. */
export const ZAdminListQuerySchema = z.object({
  /** Only rows without a translation in this language. */
  lacks: z.preprocess(first, z.enum(FORM_LOCALES).optional()).catch(undefined),
  status: z.preprocess(first, z.enum(['DRAFT', 'PUBLISHED']).optional()).catch(undefined),
});
export type TAdminListQuerySchema = z.infer<typeof ZAdminListQuerySchema>;

export const DONE_KEYS = [
  'created',
  'saved',
  'published',
  'unpublished',
  'deleted',
  'sent',
  'approved',
  'rejected',
] as const;

/** `?done=saved` after a redirect: which confirmation to show. */
export const ZDoneQuerySchema = z.object({
  done: z.preprocess(first, z.enum(DONE_KEYS).optional()).catch(undefined),
});
