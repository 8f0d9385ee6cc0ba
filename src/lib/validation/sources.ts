import { z } from 'zod';

import { COUNTRY_FACTS, MECHANISM_FACTS } from '@/lib/facts';

import {
  zIdList,
  zOptionalDate,
  zOptionalHttpUrl,
  zOptionalText,
  zRequiredText,
} from './form-fields';
import { zOptionalParam } from './search-params';

/** A source record: a readable title, never a bare URL. */
export const ZSourceSchema = z.object({
  title: zRequiredText(500),
  publisher: zOptionalText(300),
  url: zOptionalHttpUrl(),
  lang: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'invalid' })
      .nullish()
      .transform((v) => v ?? null),
  ),
  accessedOn: zOptionalDate(),
});
export type TSourceSchema = z.infer<typeof ZSourceSchema>;

/** One fact's sources (checked boxes) and the date it was last verified. */
export const ZFactCitationSchema = z.object({
  sourceIds: zIdList(),
  verifiedOn: zOptionalDate(),
});
export type TFactCitationSchema = z.infer<typeof ZFactCitationSchema>;

/** `/admin/sources/facts/<entityType>/<id>[/<fact>]`: anything else is a 404. */
export const ZCitedEntitySchema = z.discriminatedUnion('entityType', [
  z.object({
    entityType: z.literal('country'),
    id: z.string().min(1).max(100),
    fact: z.enum(COUNTRY_FACTS).optional(),
  }),
  z.object({
    entityType: z.literal('mechanism'),
    id: z.string().min(1).max(100),
    fact: z.enum(MECHANISM_FACTS).optional(),
  }),
]);
export type TCitedEntitySchema = z.infer<typeof ZCitedEntitySchema>;

/** `?months=` on the re-check list; out of range falls back to the configured period. */
export const ZRecheckQuerySchema = z.object({
  months: zOptionalParam(z.coerce.number().int().min(1).max(240)),
});

/** `?done=` notices of the sources pages. */
export const ZSourcesDoneSchema = z.object({
  done: zOptionalParam(z.enum(['created', 'saved', 'accepted', 'dismissed', 'conflict'])),
});
