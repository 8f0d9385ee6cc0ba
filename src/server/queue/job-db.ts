import 'server-only';

import type PgBoss from 'pg-boss';

import type { Prisma } from '@/generated/prisma/client';

// pg-boss passes parameters as node-postgres takes them; Prisma's raw queries want JSON as text.
const toParameter = (value: unknown) => {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return JSON.stringify(value);
  }
  return value;
};

/**
 * pg-boss's `db` option over a Prisma transaction: a job sent with it is inserted in that
 * transaction, so it exists if and only if the rest of the transaction commits (outbox).
 */
export const jobDb = (tx: Prisma.TransactionClient): PgBoss.Db => ({
  executeSql: async (text, values = []) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(toParameter)),
  }),
});
