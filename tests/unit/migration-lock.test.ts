import { readdirSync } from 'node:fs';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { migrateDeploy } from '../../scripts/lib/migrate-deploy';
import { withMigrationLock } from '../../scripts/lib/migration-lock';

// An empty database of this file's own: two instances starting together meet it unmigrated.
const database = `migration_lock_${process.pid}_${Date.now()}`;
const sharedUrl = process.env.DATABASE_URL!;
const url = Object.assign(new URL(sharedUrl), { pathname: `/${database}` }).toString();

const onShared = async (sql: string) => {
  const client = new pg.Client(sharedUrl);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

beforeAll(() => onShared(`CREATE DATABASE "${database}"`));
afterAll(() => onShared(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

const migrationFolders = readdirSync('prisma/migrations', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('withMigrationLock', () => {
  it('lets two instances starting together both succeed, one after the other, migrating once', async () => {
    const events: string[] = [];
    const instance = (name: string) =>
      withMigrationLock(url, async () => {
        events.push(`${name} starts`);
        await migrateDeploy(url);
        events.push(`${name} ends`);
      });

    await Promise.all([instance('A'), instance('B')]);

    // Never both inside at once: each start is followed by its own end.
    const first = events[0]?.[0];
    const second = first === 'A' ? 'B' : 'A';
    expect(events).toEqual([
      `${first} starts`,
      `${first} ends`,
      `${second} starts`,
      `${second} ends`,
    ]);

    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; applied: number }>(
        `SELECT migration_name, count(*)::int AS applied FROM _prisma_migrations
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
         GROUP BY migration_name ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrationFolders);
      expect(rows.every((row) => row.applied === 1)).toBe(true);
      const { rows: all } = await client.query('SELECT 1 FROM _prisma_migrations');
      expect(all).toHaveLength(migrationFolders.length);
    } finally {
      await client.end();
    }
  });
});
