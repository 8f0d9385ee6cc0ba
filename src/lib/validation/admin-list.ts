import { z } from 'zod';

import { FORM_LOCALES } from './form-fields';
import { zOptionalParam } from './search-params';

/** Query string of the back-office lists; anything invalid is ignored. */
export const ZAdminListQuerySchema = z.object({
  /** Only rows without a translation in this language. */
  lacks: zOptionalParam(z.enum(FORM_LOCALES)),
  status: zOptionalParam(z.enum(['DRAFT', 'PUBLISHED'])),
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
  done: zOptionalParam(z.enum(DONE_KEYS)),
});
