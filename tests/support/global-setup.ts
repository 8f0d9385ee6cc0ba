// One throwaway PostgreSQL for the whole Vitest run: started before any worker, migrated with
// the project's own migrations, deleted afterwards. Workers inherit DATABASE_URL from here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { anyFreePort } from './free-port';

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

export default async function setup(project: TestProject) {
  // Several people share these machines: a second run picks another port instead of failing.
  const port = (await isFree(PREFERRED_PORT)) ? PREFERRED_PORT : await anyFreePort();
  const database = await startEmbeddedPostgres({
    dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-vitest-')),
    port,
    database: 'prevenir_test',
    persistent: false,
  });

  try {
    execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: 'pipe',
    });
  } catch (error) {
    await database.stop();
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    const output = `${stdout.toString()}${stderr.toString()}`;
    throw new Error(`prisma migrate deploy failed on the test database:\n${output}`, {
      cause: error,
    });
  }

  process.env.DATABASE_URL = database.url;
  project.provide('databaseUrl', database.url);

  return async () => {
    await database.stop();
  };
}
