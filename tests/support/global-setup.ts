// One throwaway PostgreSQL for the whole Vitest run: started before any worker, migrated with
// the project's own migrations, deleted afterwards. Workers inherit DATABASE_URL from here.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import type { TestProject } from 'vitest/node';

import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { migrateDeploy } from '../../scripts/lib/migrate-deploy';
import { anyFreePort } from './free-port';
import { MIGRATED_TEMPLATE } from './own-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const PREFERRED_PORT = 54330;

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

const withDatabase = (url: string, database: string) =>
  Object.assign(new URL(url), { pathname: `/${database}` }).toString();

export default async function setup(project: TestProject) {
  // Several people share these machines: a second run picks another port instead of failing.
  const port = (await isFree(PREFERRED_PORT)) ? PREFERRED_PORT : await anyFreePort();
  const database = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-vitest-')),
    port,
    database: MIGRATED_TEMPLATE,
    persistent: false,
  });
  const url = withDatabase(database.url, 'prevenir_test');

  try {
    // Migrated by the real `prisma migrate deploy`, as in deployment, then left untouched: the
    // run's database and each test file's own (see own-database.ts) are copies of it.
    await migrateDeploy(database.url);
    const client = new pg.Client(withDatabase(database.url, 'postgres'));
    await client.connect();
    try {
      await client.query(
        `ALTER DATABASE ${MIGRATED_TEMPLATE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
      );
      await client.query(`CREATE DATABASE prevenir_test TEMPLATE ${MIGRATED_TEMPLATE}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await database.stop();
    throw new Error(`Could not set up the test database: ${(error as Error).message}`, {
      cause: error,
    });
  }

  process.env.DATABASE_URL = url;
  project.provide('databaseUrl', url);

  return async () => {
    await database.stop();
  };
}
