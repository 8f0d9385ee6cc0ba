// A database of one test file's own, on the run's PostgreSQL (see global-setup.ts), for tests
// whose results other files' rows would change (ranking, counts). It is a copy of the database
// that the run's `prisma migrate deploy` migrated, and the app's modules use it once `open` has
// returned.
import pg from 'pg';

/** The database that global-setup.ts migrates and never uses: what every test database copies. */
export const MIGRATED_TEMPLATE = 'prevenir_migrated';

const globalForDatabase = globalThis as { prevenirDatabase?: unknown };

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export const ownDatabase = (prefix: string) => {
  const sharedUrl = process.env.DATABASE_URL!;
  const database = `${prefix}_${process.pid}_${Date.now()}`;
  const url = Object.assign(new URL(sharedUrl), { pathname: `/${database}` }).toString();
  let disconnect: (() => Promise<void>) | undefined;

  return {
    url,
    /** Creates the migrated database and points src/server/db at it; returns its client. */
    open: async () => {
      // A client made earlier (a module using src/server/db imported before `open`) would keep
      // working on the shared database: the test would pass or fail with other files' rows.
      if (globalForDatabase.prevenirDatabase) {
        throw new Error('ownDatabase: open() before importing modules that use src/server/db');
      }
      await withClient(sharedUrl, (client) =>
        client.query(`CREATE DATABASE "${database}" TEMPLATE ${MIGRATED_TEMPLATE}`),
      );
      // src/server/db.ts reads DATABASE_URL when first imported and caches its client globally.
      process.env.DATABASE_URL = url;
      delete globalForDatabase.prevenirDatabase;
      const { prisma } = await import('@/server/db');
      disconnect = () => prisma.$disconnect();
      return prisma;
    },
    close: async () => {
      await disconnect?.();
      delete globalForDatabase.prevenirDatabase;
      process.env.DATABASE_URL = sharedUrl;
      await withClient(sharedUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      );
    },
  };
};
