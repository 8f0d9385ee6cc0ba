import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { answerCorrectionSender } from './answer-correction-sender';

export type RejectCorrectionOptions = {
  actor: Actor;
  id: string;
  /** Why; sent to the sender with the answer. */
  note?: string | null;
  /** Mail the sender (if they left an address). */
  notify: boolean;
};

/** Nothing on the site changes; the sender can be told why. */
export const rejectCorrection = async ({
  actor,
  id,
  note = null,
  notify,
}: RejectCorrectionOptions) => {
  assertPermission(actor, 'changes.review');
  const exists = await prisma.correction.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'correction');
  const { count } = await prisma.correction.updateMany({
    where: { id, status: 'PENDING' },
    data: { status: 'REJECTED', reviewedById: actor.id, reviewedAt: new Date(), reviewNote: note },
  });
  if (count === 0) throw new AppError('CONFLICT', 'alreadyReviewed');
  await recordAudit({
    actor,
    action: 'correction.reject',
    entityType: 'correction',
    entityId: id,
    before: { status: 'PENDING' },
    after: { status: 'REJECTED', note },
  });
  return answerCorrectionSender({ actor, id, notify });
};
