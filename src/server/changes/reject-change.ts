import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type RejectChangeOptions = { actor: Actor; id: string; note?: string };

/** Nothing is applied; the focal point sees the decision and the note. */
export const rejectChange = async ({ actor, id, note }: RejectChangeOptions) => {
  assertPermission(actor, 'changes.review');
  const exists = await prisma.changeRequest.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'change');
  const { count } = await prisma.changeRequest.updateMany({
    where: { id, status: 'PENDING' },
    data: {
      status: 'REJECTED',
      reviewedById: actor.id,
      reviewedAt: new Date(),
      reviewNote: note ?? null,
    },
  });
  if (count === 0) throw new AppError('CONFLICT', 'alreadyReviewed');
  await recordAudit({
    actor,
    action: 'change.reject',
    entityType: 'changeRequest',
    entityId: id,
    before: { status: 'PENDING' },
    after: { status: 'REJECTED', note: note ?? null },
  });
};
