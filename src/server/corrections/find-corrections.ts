import 'server-only';

import type { CorrectionStatus } from '@/generated/prisma/enums';
import type { AppLocale } from '@/i18n/routing';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';

import { findCorrectionTargets } from './find-correction-targets';

export type FindCorrectionsOptions = { actor: Actor; status: CorrectionStatus; locale: AppLocale };

/** A page of the queue is plenty: the limits keep it short, and decided ones are history. */
const QUEUE_LIMIT = 200;

/** Pending corrections oldest first (the queue is worked through in order); decided newest first. */
export const findCorrections = async ({ actor, status, locale }: FindCorrectionsOptions) => {
  assertPermission(actor, 'changes.review');
  const rows = await prisma.correction.findMany({
    where: { status },
    orderBy: status === 'PENDING' ? { createdAt: 'asc' } : { reviewedAt: 'desc' },
    take: QUEUE_LIMIT,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      field: true,
      proposedValue: true,
      status: true,
      createdAt: true,
      reviewedAt: true,
    },
  });
  const targetOf = await findCorrectionTargets({ refs: rows, locale });
  return rows.map((row) => ({ ...row, target: targetOf(row) }));
};
