import pg from 'pg';

import type { PageStore } from './page-store';

/** The channel and trigger of prisma/migrations/*_page_cache_notify. */
export const CHANNEL = 'page_cache';
const NOTIFYING_TABLES_SQL = `
  SELECT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  WHERE t.tgname = 'page_cache_notify'`;

/** Prisma's join table of an implicit many-to-many relation ("_DocumentToTheme") stands for both. */
const tablesBehind = (table: string): string[] =>
  /^_([A-Za-z]+)To([A-Za-z]+)$/.exec(table)?.slice(1) ?? [table];

export type ListenOptions = { databaseUrl: string; store: PageStore; retryMs?: number };

/**
 * Keeps a PostgreSQL connection LISTENing for changed tables and drops the pages that read them:
 * every server process does this, so a change made through any instance (or a job, or psql)
 * reaches all of them. While the connection is down nothing is cached (changes would be missed),
 * and everything cached before is dropped.
 */
export const listenForChanges = ({ databaseUrl, store, retryMs = 1000 }: ListenOptions) => {
  let notifying: ReadonlySet<string> = new Set();
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    notifying = new Set();
    store.clear();
    if (!stopped) retry = setTimeout(() => void connect(), retryMs);
  };

  const connect = async () => {
    const candidate = new pg.Client({ connectionString: databaseUrl });
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      if (client === candidate) client = undefined;
      candidate.end().catch(() => {});
      lost();
    };
    candidate.on('error', fail);
    candidate.on('end', fail);
    candidate.on('notification', ({ channel, payload }) => {
      if (channel === CHANNEL && payload) tablesBehind(payload).forEach(store.invalidate);
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${CHANNEL}`);
      const { rows } = await candidate.query<{ name: string }>(NOTIFYING_TABLES_SQL);
      if (stopped || failed) return fail();
      client = candidate;
      // Pages stored before this connection may have missed changes.
      store.clear();
      notifying = new Set(rows.map((row) => row.name));
    } catch {
      fail();
    }
  };

  const ready = connect();
  return {
    /** Resolves once the first attempt to listen has finished (whether or not it worked). */
    ready,
    notifyingTables: () => notifying,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      notifying = new Set();
      await client?.end().catch(() => {});
    },
  };
};
