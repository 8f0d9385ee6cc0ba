import 'server-only';

import { createHash } from 'node:crypto';

import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { env } from '@/env';
import { Prisma, PrismaClient } from '@/generated/prisma/client';
import { createPool } from '@/server/db-pool';
import { recordTableReads } from '@/server/page-cache/record-table-reads';
import { noteTableReads } from '@/server/page-cache/table-reads';
import { type DataModel, tablesOfRawQuery } from '@/server/page-cache/tables-of-query';

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

const createPrismaClient = (pool: pg.Pool) => {
  const client = new PrismaClient({
    // $disconnect() ends the pool, as it did when Prisma made it (scripts exit, tests drop
    // their database).
    adapter: new PrismaPg(pool, {
      statementNameGenerator: statementName,
      disposeExternalPool: true,
    }),
  });
  // The generated client keeps its schema here; the page cache follows relations with it.
  const { _runtimeDataModel } = client as unknown as { _runtimeDataModel: DataModel };
  // The extension only observes queries (no new methods or result fields): the client keeps its
  // plain type, which the code's `Prisma.TransactionClient` parameters expect.
  return {
    prisma: client.$extends(recordTableReads(_runtimeDataModel)) as unknown as PrismaClient,
    dataModel: _runtimeDataModel,
  };
};

const createDatabase = () => {
  const pool = createPool('database', {
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
  });
  return { pool, ...createPrismaClient(pool) };
};

// One client and pool per process; in development hot reloads would otherwise open new pools.
const globalForDatabase = globalThis as unknown as {
  prevenirDatabase?: ReturnType<typeof createDatabase>;
};

const database = globalForDatabase.prevenirDatabase ?? createDatabase();

if (process.env.NODE_ENV !== 'production') globalForDatabase.prevenirDatabase = database;

export const { prisma } = database;

/**
 * The rows of a raw query, sent by pg itself on Prisma's pool (same connections, same prepared
 * statements), with the tables it reads noted for the page cache like Prisma's. For search's
 * queries, run on every search: Prisma compiles a raw query (about a millisecond of CPU) before
 * sending it, and their rows are JSON and numbers that both read alike. Not for columns that
 * Prisma reads differently (bigint, numeric: pg gives strings).
 */
export const queryRows = async <Row extends object>(query: Prisma.Sql): Promise<Row[]> => {
  noteTableReads(() => tablesOfRawQuery(database.dataModel, query.text));
  const name = statementName({ sql: query.text });
  const { rows } = await database.pool.query<Row>({
    text: query.text,
    values: query.values,
    ...(name ? { name } : {}),
  });
  return rows;
};

/**
 * Runs `work` in the caller's transaction when one is given (a write that belongs with another
 * change), otherwise in a transaction of its own.
 */
export const inTransaction = <T>(
  db: Prisma.TransactionClient | undefined,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> => (db ? work(db) : prisma.$transaction(work));
