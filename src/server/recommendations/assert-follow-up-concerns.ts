import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type AssertFollowUpConcernsOptions = {
  mechanismId: string;
  recommendationId: string;
  db?: Prisma.TransactionClient;
};

/** A mechanism follows up only published recommendations that concern it. */
export const assertFollowUpConcerns = async ({
  mechanismId,
  recommendationId,
  db = prisma,
}: AssertFollowUpConcernsOptions) => {
  const found = await db.recommendation.findFirst({
    where: { id: recommendationId, status: 'PUBLISHED', mechanisms: { some: { id: mechanismId } } },
    select: { id: true },
  });
  if (!found) throw new AppError('FORBIDDEN', 'recommendation does not concern the mechanism');
};
