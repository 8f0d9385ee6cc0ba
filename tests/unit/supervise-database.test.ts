import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { createDatabaseHealth } from '../../scripts/lib/database-health';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { superviseDatabase } from '../../scripts/lib/supervise-database';
import { anyFreePort } from '../support/free-port';

const waitFor = async (condition: () => Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
};

const answers = async (url: string) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    return (await client.query('SELECT 1 AS one')).rows[0]?.one === 1;
  } finally {
    await client.end();
  }
};

let database: EmbeddedDatabase | undefined;
afterAll(async () => {
  await database?.stop();
});

describe('the embedded PostgreSQL under supervision', () => {
  it('is reported down when killed, restarted by itself, and stops within 10 seconds', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'prevenir-supervise-'));
    const port = await anyFreePort();
    const start = () =>
      startEmbeddedPostgres({ dataDir, port, database: 'supervised', persistent: false });
    database = await start();
    const { url } = database;
    const log: string[] = [];
    const supervisor = superviseDatabase({
      port,
      intervalMs: 300,
      log: (message) => log.push(message),
      restart: async () => {
        database = await start();
      },
    });
    const health = createDatabaseHealth(url, 100);
    expect(await health.isUp()).toBe(true);

    // What a crash looks like: the postmaster dies without a word.
    const postmasterPid = Number(
      readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(postmasterPid, 'SIGKILL');
    expect(await waitFor(async () => !(await health.isUp()), 5000)).toBe(true);

    expect(await waitFor(() => answers(url), 30_000)).toBe(true);
    expect(await health.isUp()).toBe(true);
    expect(log[0]).toMatch(/restarting/);

    supervisor.stop();
    const stopping = Date.now();
    await database.stop();
    database = undefined;
    expect(Date.now() - stopping).toBeLessThan(10_000);
  }, 60_000);
});
