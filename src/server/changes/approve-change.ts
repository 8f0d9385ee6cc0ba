import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { applyChange } from './apply-change';

export type ApproveChangeOptions = {
  actor: Actor;
  id: string;
  /** The mechanism version shown in the diff, so a change made meanwhile is not overwritten. */
  entityVersion?: number;
  note?: string;
};

export const approveChange = async ({ actor, id, entityVersion, note }: ApproveChangeOptions) => {
  assertPermission(actor, 'changes.review');
  const change = await prisma.changeRequest.findUnique({ where: { id } });
  if (!change) throw new AppError('NOT_FOUND', 'change');
  // Claim it first: two reviewers approving at once must not apply it twice.
  const { count } = await prisma.changeRequest.updateMany({
    where: { id, status: 'PENDING' },
    data: {
      status: 'APPROVED',
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewNote: note ?? null,
    },
  });
  if (count === 0) throw new AppError('CONFLICT', 'alreadyReviewed');

  let entityId: string;
  try {
    entityId = await applyChange({ actor, change, entityVersion });
  } catch (error) {
    await prisma.changeRequest.update({
      where: { id },
      data: { status: 'PENDING', reviewedById: null, reviewedAt: null, reviewNote: null },
    });
    throw error;
  }
  if (entityId !== change.entityId) {
    await prisma.changeRequest.update({ where: { id }, data: { entityId } });
  }
  await recordAudit({
    actor,
    action: 'change.approve',
    entityType: 'changeRequest',
    entityId: id,
    before: { status: 'PENDING' },
    after: { status: 'APPROVED', entityType: change.entityType, entityId },
  });
  return { entityType: change.entityType, entityId };
};
