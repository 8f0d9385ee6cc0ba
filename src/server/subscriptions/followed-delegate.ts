import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { FOLLOWED_TYPES, type TFollowedTypeKey } from '@/lib/subscriptions/followed-types';
import { prisma } from '@/server/db';

export type FollowedRow = Record<string, unknown> & { id: string };

type FindMany = { findMany(args: { where: object; select: object }): Promise<FollowedRow[]> };

/**
 * The Prisma delegate of a followed type's model. Prisma types each model's delegate apart; the
 * subscriptions only call `findMany` with fields every followed model has (followed-types.ts).
 */
export const followedDelegate = (
  type: TFollowedTypeKey,
  db: Prisma.TransactionClient = prisma,
): FindMany => (db as unknown as Record<string, FindMany>)[FOLLOWED_TYPES[type].model]!;
