import 'server-only';

import { PrismaPg } from '@prisma/adapter-pg';

import { env } from '@/env';
import { type Prisma, PrismaClient } from '@/generated/prisma/client';
import { recordTableReads } from '@/server/page-cache/record-table-reads';
import type { DataModel } from '@/server/page-cache/tables-of-query';

const createPrismaClient = () => {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE }),
  });
  // The generated client keeps its schema here; the page cache follows relations with it.
  const { _runtimeDataModel } = client as unknown as { _runtimeDataModel: DataModel };
  // The extension only observes queries (no new methods or result fields): the client keeps its
  // plain type, which the code's `Prisma.TransactionClient` parameters expect.
  return client.$extends(recordTableReads(_runtimeDataModel)) as unknown as PrismaClient;
};

// One client per process; in development hot reloads would otherwise open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

/**
 * Runs `work` in the caller's transaction when one is given (a write that belongs with another
 * change), otherwise in a transaction of its own.
 */
export const inTransaction = <T>(
  db: Prisma.TransactionClient | undefined,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> => (db ? work(db) : prisma.$transaction(work));
