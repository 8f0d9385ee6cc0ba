import 'server-only';

import { CHANGE_PAYLOAD_SCHEMAS, type TChangeEntityType } from '@/lib/validation/changes';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { assertFollowUpConcerns } from '@/server/recommendations/assert-follow-up-concerns';

import { toPayloadJson } from './change-payload';

export type ProposeChangeOptions = {
  actor: Actor;
  entityType: TChangeEntityType;
  /** The focal point's mechanism: the one the proposal is about or for. */
  mechanismId: string;
  /** Nested form input; validated here with the editors' schema. */
  values: Record<string, unknown>;
  fileId?: string | null;
};

/**
 * Stores a focal point's proposal without applying it. A focal point may only speak for their own
 * mechanism; proposed documents and events are linked to it and to no other mechanism.
 */
export const proposeChange = async ({
  actor,
  entityType,
  mechanismId,
  values,
  fileId = null,
}: ProposeChangeOptions) => {
  assertPermission(actor, 'mechanism.propose');
  if (!actor.mechanismId || actor.mechanismId !== mechanismId) {
    throw new AppError('FORBIDDEN', 'not your mechanism');
  }
  // A focal point speaks for one mechanism: what they propose is linked to it, and only to it;
  // a cooperation also keeps the partner mechanisms they chose.
  const partners =
    entityType === 'cooperation'
      ? [values.mechanismIds ?? []].flat().filter((id): id is string => typeof id === 'string')
      : [];
  const linked =
    entityType === 'mechanism'
      ? values
      : { ...values, mechanismIds: [...new Set([mechanismId, ...partners])] };
  if (!CHANGE_PAYLOAD_SCHEMAS[entityType].safeParse(linked).success) {
    throw new AppError('INVALID_INPUT', 'payload');
  }
  if (entityType === 'followUp') {
    await assertFollowUpConcerns({
      mechanismId,
      recommendationId: String(values.recommendationId),
    });
  }
  const change = await prisma.changeRequest.create({
    data: {
      entityType,
      entityId: entityType === 'mechanism' ? mechanismId : null,
      mechanismId,
      payload: toPayloadJson({ values: linked, fileId }),
      proposedById: actor.id,
    },
  });
  await recordAudit({
    actor,
    action: 'change.propose',
    entityType: 'changeRequest',
    entityId: change.id,
    before: null,
    after: { entityType, mechanismId },
  });
  return change;
};
