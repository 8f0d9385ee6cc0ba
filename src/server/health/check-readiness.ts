// Readiness for a load balancer or an orchestrator: the database answers, and every migration of
// prisma/migrations is applied. The answer names no host, user or error: only states and the
// names of the pending migrations (folder names, public in the repository anyway).
import 'server-only';

import { readdirSync } from 'node:fs';
import path from 'node:path';

import { withProbeClient } from './with-probe-client';

/** How long the database has to accept a connection and answer, each. */
export const READINESS_TIMEOUT_MS = 2000;

export type Readiness =
  | { status: 'ready'; database: 'ok'; migrations: 'ok' }
  | {
      status: 'not-ready';
      database: 'unreachable' | 'ok';
      migrations: 'pending' | 'unknown' | 'ok';
      pending: string[];
    };

/** The migration folders of prisma/migrations (the working directory is the repository's root). */
export const readMigrationNames = (
  dir = path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma', 'migrations'),
): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

let expectedOnDisk: string[] | null = null;
/** Read once per process: the migrations ship with the build and do not change while it runs. */
const expectedMigrations = () => (expectedOnDisk ??= readMigrationNames());

type ReadinessOptions = {
  databaseUrl: string;
  /** The migrations the code expects; by default prisma/migrations' folders. */
  expected?: readonly string[];
  timeoutMs?: number;
};

const APPLIED_MIGRATIONS = `SELECT migration_name FROM _prisma_migrations
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

export const checkReadiness = ({
  databaseUrl,
  expected,
  timeoutMs = READINESS_TIMEOUT_MS,
}: ReadinessOptions): Promise<Readiness> =>
  withProbeClient(databaseUrl, timeoutMs, async (client): Promise<Readiness> => {
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch {
      return { status: 'not-ready', database: 'unreachable', migrations: 'unknown', pending: [] };
    }
    let applied: Set<string>;
    let wanted: readonly string[];
    try {
      wanted = expected ?? expectedMigrations();
      const { rows } = await client.query<{ migration_name: string }>(APPLIED_MIGRATIONS);
      applied = new Set(rows.map((row) => row.migration_name));
    } catch {
      // No migrations table yet (a fresh database), or the folder could not be read.
      return { status: 'not-ready', database: 'ok', migrations: 'unknown', pending: [] };
    }
    const pending = wanted.filter((name) => !applied.has(name));
    if (pending.length > 0) {
      return { status: 'not-ready', database: 'ok', migrations: 'pending', pending };
    }
    return { status: 'ready', database: 'ok', migrations: 'ok' };
  });
