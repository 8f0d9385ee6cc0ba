import pg from 'pg';

// Any fixed 64-bit number: the same on every instance, distinct from Prisma's own lock
// (72707369), which only covers one `migrate deploy` and gives up after 10 seconds.
const MIGRATION_LOCK = 7_206_505_313;

/**
 * Runs `work` (migrations, seed, data update) while holding a PostgreSQL advisory lock, so that
 * instances starting together prepare the database one after the other: the first migrates, the
 * others find nothing left to do. The lock goes with the session, also when this process dies.
 */
export const withMigrationLock = async <T>(url: string, work: () => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url, application_name: 'prevenir-migrations' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await client.end();
  }
};
