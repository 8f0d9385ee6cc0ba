import 'server-only';

import type { ChangeRequestStatus } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

export type FindChangeRequestsOptions = {
  status?: ChangeRequestStatus;
  /** A focal point's own proposals. */
  proposedById?: string;
};

/** Oldest pending first: the queue is worked through in order. */
export const findChangeRequests = async ({ status, proposedById }: FindChangeRequestsOptions) => {
  const rows = await prisma.changeRequest.findMany({
    where: { status, proposedById },
    select: {
      id: true,
      entityType: true,
      entityId: true,
      mechanismId: true,
      status: true,
      createdAt: true,
      reviewedAt: true,
      reviewNote: true,
      proposedBy: { select: { email: true, name: true } },
    },
    orderBy: { createdAt: status === 'PENDING' ? 'asc' : 'desc' },
    take: 200,
  });
  const mechanisms = await prisma.mechanism.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.mechanismId))] } },
    select: {
      id: true,
      slug: true,
      acronym: true,
      originalLocale: true,
      translations: { select: { locale: true, name: true } },
    },
  });
  const byId = new Map(mechanisms.map((m) => [m.id, m]));
  return rows.map((row) => ({ ...row, mechanism: byId.get(row.mechanismId) ?? null }));
};
