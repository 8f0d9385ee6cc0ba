import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

export type FindSourceByUrlOptions = { url: string; db?: Prisma.TransactionClient };

/**
 * The source record with exactly this address, so that an address already recorded is cited
 * through its record instead of a duplicate; the oldest one should there be several.
 */
export const findSourceByUrl = ({ url, db = prisma }: FindSourceByUrlOptions) =>
  db.source.findFirst({
    where: { url },
    select: { id: true, title: true, publisher: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
