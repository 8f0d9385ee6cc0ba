import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import en from '../../messages/en.json';
import { createDatabaseGate } from '../../scripts/lib/database-gate';
import { canConnect, canQuery, createDatabaseHealth } from '../../scripts/lib/database-health';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { superviseDatabase } from '../../scripts/lib/supervise-database';
import { RESPONSE_HEADERS } from '../../src/server/security/response-headers';
import { anyFreePort } from '../support/free-port';

const waitFor = async (condition: () => Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};

/** What a crash looks like: the postmaster dies without a word. */
const killPostmaster = (dataDir: string) => {
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGKILL');
  return pid;
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let database: EmbeddedDatabase | undefined;
let site: Server | undefined;
afterAll(async () => {
  site?.close();
  await database?.stop();
});

describe('the embedded PostgreSQL under supervision', () => {
  it('answers 503 while it is down, comes back by itself, and stops within 10 seconds', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'prevenir-supervise-'));
    const port = await anyFreePort();
    const db = await startEmbeddedPostgres({
      dataDir,
      port,
      database: 'supervised',
      persistent: false,
    });
    database = db;

    // The app as scripts/serve.ts runs it: the gate in front, a page that reads the database
    // through a pool (as Prisma's adapter does) behind it.
    const pool = new pg.Pool({ connectionString: db.url, connectionTimeoutMillis: 1000 });
    pool.on('error', () => undefined);
    const gate = createDatabaseGate({
      health: createDatabaseHealth(() => canQuery(db.url, 1000), 100),
    });
    const app = async (request: IncomingMessage, response: ServerResponse) => {
      if (await gate(request, response)) return;
      try {
        const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
        response.end(`page ${rows[0]!.one}`);
      } catch {
        response.writeHead(500).end('error');
      }
    };
    site = createServer((request, response) => void app(request, response));
    await new Promise<void>((resolve) => site!.listen(0, '127.0.0.1', resolve));
    const sitePort = (site.address() as { port: number }).port;
    const get = (pathname: string) => fetch(`http://127.0.0.1:${sitePort}${pathname}`);
    expect((await get('/en')).status).toBe(200);

    // The supervisor as scripts/start.ts wires it; its restart waits for the test to have seen
    // the 503, so that the outage is not over before it is looked at.
    let seen503 = () => {};
    const outageSeen = new Promise<void>((resolve) => (seen503 = resolve));
    const log: string[] = [];
    const failures: Error[] = [];
    const supervisor = superviseDatabase({
      isUp: async () => db.isRunning() && canConnect('127.0.0.1', port, 1000),
      restart: async () => {
        await outageSeen;
        await db.restart();
      },
      log: (message) => log.push(message),
      giveUp: (error) => failures.push(error),
      intervalMs: 500,
      backoffMs: 200,
    });
    db.onExit((reason) => supervisor.restartNow(`its process ended with ${reason}`));

    killPostmaster(dataDir);
    let unavailable: Response | undefined;
    expect(
      await waitFor(async () => {
        const response = await get('/en/countries');
        if (response.status !== 503) return false;
        unavailable = response;
        return true;
      }, 10_000),
    ).toBe(true);
    seen503();
    expect(unavailable!.headers.get('retry-after')).toMatch(/^\d+$/);
    for (const { key, value } of RESPONSE_HEADERS) {
      expect(unavailable!.headers.get(key)).toBe(value);
    }
    const page = await unavailable!.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(en.Unavailable.title);
    expect(log[0]).toMatch(
      /PostgreSQL stopped \(its process ended with signal SIGKILL\): restarting/,
    );

    // Back by itself: the same pool answers again, and so do the pages.
    expect(await waitFor(async () => (await get('/en/countries')).status === 200, 30_000)).toBe(
      true,
    );
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
    expect(log).toContain('PostgreSQL is running again');
    expect(failures).toEqual([]);
    await pool.end();

    // A stop while PostgreSQL has just died and is being restarted still ends, and leaves no
    // server behind.
    const logged = log.length;
    const killed = killPostmaster(dataDir);
    expect(await waitFor(async () => log.length > logged, 5000)).toBe(true);
    const stopping = Date.now();
    supervisor.stop();
    await db.stop();
    database = undefined;
    expect(Date.now() - stopping).toBeLessThan(10_000);
    expect(isAlive(killed)).toBe(false);
    expect(db.isRunning()).toBe(false);
    expect(await canConnect('127.0.0.1', port, 500)).toBe(false);
  }, 60_000);
});

describe('superviseDatabase', () => {
  it('tries a limited number of times, pausing longer each time, then gives up and says why', async () => {
    const log: string[] = [];
    let attempts = 0;
    const gaveUp = new Promise<Error>((resolve) => {
      const supervisor = superviseDatabase({
        isUp: async () => false,
        restart: async () => {
          attempts += 1;
          throw new Error('could not bind to the port');
        },
        log: (message) => log.push(message),
        giveUp: resolve,
        intervalMs: 60_000,
        maxAttempts: 3,
        backoffMs: 10,
      });
      supervisor.restartNow('its process ended with signal SIGKILL');
    });
    const error = await gaveUp;
    expect(attempts).toBe(3);
    expect(log).toEqual([
      expect.stringMatching(/signal SIGKILL\): restarting it, attempt 1 of 3/),
      expect.stringMatching(/could not bind to the port\): restarting it, attempt 2 of 3/),
      expect.stringMatching(/could not bind to the port\): restarting it, attempt 3 of 3/),
    ]);
    expect(error.message).toBe(
      'PostgreSQL could not be restarted after 3 attempts: could not bind to the port',
    );
  });
});
