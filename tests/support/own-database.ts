// A database of one test file's own, on the run's PostgreSQL (see global-setup.ts), for tests
// whose results other files' rows would change (ranking, counts). It is created and migrated
// with the project's migrations, and the app's modules use it once `open` has returned.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';

const globalForPrisma = globalThis as { prisma?: unknown };

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** The project's migrations, in order, as `prisma migrate deploy` would apply them. */
const migrate = (url: string) =>
  withClient(url, async (client) => {
    const root = path.join(process.cwd(), 'prisma', 'migrations');
    for (const name of readdirSync(root)
      .filter((entry) => /^\d+_/.test(entry))
      .sort())
      await client.query(readFileSync(path.join(root, name, 'migration.sql'), 'utf8'));
  });

export const ownDatabase = (prefix: string) => {
  const sharedUrl = process.env.DATABASE_URL!;
  const database = `${prefix}_${process.pid}_${Date.now()}`;
  const url = Object.assign(new URL(sharedUrl), { pathname: `/${database}` }).toString();
  let disconnect: (() => Promise<void>) | undefined;

  return {
    url,
    /** Creates and migrates the database and points src/server/db at it; returns its client. */
    open: async () => {
      await withClient(sharedUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
      await migrate(url);
      // src/server/db.ts reads DATABASE_URL when first imported and caches its client globally.
      process.env.DATABASE_URL = url;
      delete globalForPrisma.prisma;
      const { prisma } = await import('@/server/db');
      disconnect = () => prisma.$disconnect();
      return prisma;
    },
    close: async () => {
      await disconnect?.();
      delete globalForPrisma.prisma;
      process.env.DATABASE_URL = sharedUrl;
      await withClient(sharedUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      );
    },
  };
};
