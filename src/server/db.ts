import 'server-only';

import { createHash } from 'node:crypto';

import { PrismaPg } from '@prisma/adapter-pg';

import { env } from '@/env';
import { Prisma, PrismaClient } from '@/generated/prisma/client';
import { recordTableReads } from '@/server/page-cache/record-table-reads';
import type { DataModel } from '@/server/page-cache/tables-of-query';

const PREPARED_MARK = '/* prepared */';

/**
 * Put first in a raw query that runs on every visit with the same text (search's): each
 * connection keeps it as a prepared statement, so PostgreSQL can reuse its plan instead of
 * planning the long statement for every search (about 10 of a search's 25 ms in the database).
 * Other queries stay unnamed: a prepared statement holds memory on its connection for good.
 */
export const PREPARED = Prisma.raw(`${PREPARED_MARK} `);

/** The statement's name for pg (one per text), or '' for an unnamed statement. */
const statementName = ({ sql }: { sql: string }) =>
  sql.startsWith(PREPARED_MARK)
    ? `prepared_${createHash('sha256').update(sql).digest('base64url').slice(0, 32)}`
    : '';

const createPrismaClient = () => {
  const client = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE },
      { statementNameGenerator: statementName },
    ),
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
