// Shared with scripts/serve.ts, which is not bundled by Next.js: no 'server-only' here, and the
// store lives on globalThis so that the server's copy and the bundled app's copy are one.
import { AsyncLocalStorage } from 'node:async_hooks';

/** Tables a page read while it rendered; `UNKNOWN_TABLES` when a query's tables are unknown. */
export type TableReads = Set<string>;

export const UNKNOWN_TABLES = '*';

const STORE_KEY = Symbol.for('prevenir.tableReads');
const globalStore = globalThis as { [STORE_KEY]?: AsyncLocalStorage<TableReads> };
const store = (globalStore[STORE_KEY] ??= new AsyncLocalStorage<TableReads>());

/** Runs `work` (a request) noting in `reads` every table its database queries read. */
export const recordingTableReads = <T>(reads: TableReads, work: () => T): T =>
  store.run(reads, work);

/**
 * Notes tables read by the current request, if one is being recorded (a no-op otherwise: the
 * tables are worked out only then, since a search's SQL is long to scan).
 */
export const noteTableReads = (tables: () => Iterable<string>) => {
  const reads = store.getStore();
  if (!reads) return;
  for (const table of tables()) reads.add(table);
};
