import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { anyFreePort } from '../../../../tests/support/free-port';
import { ownDatabase } from '../../../../tests/support/own-database';

// A database of this file's own: the test takes a migration back out of its bookkeeping.
const database = ownDatabase('ready');
const { checkReadiness, readMigrationNames } = await import('@/server/health/check-readiness');
const { readinessResponse } = await import('@/server/health/readiness-response');

type ReadyBody = { status: string; database: string; migrations: string; pending?: string[] };

beforeAll(async () => {
  await database.open();
});
afterAll(() => database.close());

describe('GET /api/ready', () => {
  it('answers 200 ready on a database with every migration applied', async () => {
    // The route reads DATABASE_URL when first imported: after open() pointed it at our database.
    const { GET } = await import('./route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'ok' });
  });

  it('answers 503 naming a migration the code has and the database lacks', async () => {
    const extra = '20991231235959_not_applied_yet';
    const response = readinessResponse(
      await checkReadiness({
        databaseUrl: database.url,
        expected: [...readMigrationNames(), extra],
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'not-ready',
      database: 'ok',
      migrations: 'pending',
      pending: [extra],
    });
  });

  it('counts a rolled-back migration as pending', async () => {
    const [last] = readMigrationNames().slice(-1);
    const client = new pg.Client(database.url);
    await client.connect();
    try {
      await client.query(
        'UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1',
        [last],
      );
      const body = (await readinessResponse(
        await checkReadiness({ databaseUrl: database.url }),
      ).json()) as ReadyBody;
      expect(body).toMatchObject({ status: 'not-ready', migrations: 'pending', pending: [last] });
    } finally {
      await client.query(
        'UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = $1',
        [last],
      );
      await client.end();
    }
  });

  it('answers 503 migrations unknown on a database never migrated', async () => {
    const empty = `ready_empty_${process.pid}_${Date.now()}`;
    const admin = new pg.Client(database.url);
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${empty}"`);
      const url = Object.assign(new URL(database.url), { pathname: `/${empty}` }).toString();
      const response = readinessResponse(await checkReadiness({ databaseUrl: url }));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'not-ready',
        database: 'ok',
        migrations: 'unknown',
        pending: [],
      });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${empty}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('answers 503 database unreachable within the timeout, without leaking the address', async () => {
    const port = await anyFreePort();
    const url = `postgresql://secret-user:secret-password@127.0.0.1:${port}/prevenir`;
    const started = performance.now();
    const response = readinessResponse(await checkReadiness({ databaseUrl: url, timeoutMs: 2000 }));
    expect(performance.now() - started).toBeLessThan(2500);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      status: 'not-ready',
      database: 'unreachable',
      migrations: 'unknown',
      pending: [],
    });
    expect(text).not.toMatch(/secret|127\.0\.0\.1|ECONNREFUSED/);
  });

  it('gives up on a server that accepts connections but never answers, after the timeout', async () => {
    const { createServer } = await import('node:net');
    const sockets = new Set<import('node:net').Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    const port = await new Promise<number>((resolve) =>
      silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
    );
    try {
      const started = performance.now();
      const readiness = await checkReadiness({
        databaseUrl: `postgresql://u:p@127.0.0.1:${port}/db`,
        timeoutMs: 500,
      });
      expect(performance.now() - started).toBeLessThan(1500);
      expect(readiness).toMatchObject({ status: 'not-ready', database: 'unreachable' });
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
