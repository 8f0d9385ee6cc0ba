import { z } from 'zod';

import { ZCreateCooperationSchema } from './cooperations';
import { ZCreateDocumentSchema } from './documents';
import { ZCreateEventSchema } from './events';
import { ZProposeMechanismSchema } from './mechanisms';
import { ZCreateNewsSchema } from './news';
import { ZProposeFollowUpSchema } from './recommendations';

/**
 * What a focal point may propose: their mechanism's profile, new documents, events, news and
 * cooperations (exchanges with other mechanisms), or a follow-up of a recommendation that
 * concerns their mechanism.
 */
export const CHANGE_ENTITY_TYPES = [
  'mechanism',
  'document',
  'event',
  'news',
  'cooperation',
  'followUp',
] as const;
export type TChangeEntityType = (typeof CHANGE_ENTITY_TYPES)[number];

/** The same schemas as the editors' forms, so an approved proposal is valid content. */
export const CHANGE_PAYLOAD_SCHEMAS = {
  mechanism: ZProposeMechanismSchema,
  document: ZCreateDocumentSchema,
  event: ZCreateEventSchema,
  news: ZCreateNewsSchema,
  followUp: ZProposeFollowUpSchema,
  cooperation: ZCreateCooperationSchema,
} as const;

export const ZReviewChangeSchema = z.object({
  note: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(2000, { error: 'tooLong' }).optional(),
  ),
});
export type TReviewChangeSchema = z.infer<typeof ZReviewChangeSchema>;
