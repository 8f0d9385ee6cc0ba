import type { OutgoingHttpHeaders } from 'node:http';

/** A rendered page: its bytes cut where the render's nonce was, and the tables it read. */
export type CachedPage = {
  headers: OutgoingHttpHeaders;
  /** The body split on the nonce: joined again with a fresh one for every response. */
  parts: Buffer[];
  tables: ReadonlySet<string>;
  storedAt: number;
};

export type PageStoreOptions = { maxEntries: number; maxAgeMs: number; now?: () => number };

/**
 * The pages of one server process, least recently used first out. A change to a table drops
 * every page that read it; `generation` lets a render that overlapped a change to a table it
 * read refuse to store what it read before the change (changes to other tables do not matter).
 */
export const createPageStore = ({ maxEntries, maxAgeMs, now = Date.now }: PageStoreOptions) => {
  const pages = new Map<string, CachedPage>();
  const changedAt = new Map<string, number>();
  let clearedAt = 0;
  let generation = 0;
  const changedSince = (tables: ReadonlySet<string>, since: number) =>
    clearedAt > since || [...tables].some((table) => (changedAt.get(table) ?? 0) > since);
  return {
    generation: () => generation,
    size: () => pages.size,
    get: (key: string): CachedPage | undefined => {
      const page = pages.get(key);
      if (!page) return undefined;
      pages.delete(key);
      // A safety net for changes PostgreSQL could not announce (none known): pages age out.
      if (now() - page.storedAt > maxAgeMs) return undefined;
      pages.set(key, page);
      return page;
    },
    /** Stores a page rendered since `renderedSince`, unless a table it read changed meanwhile. */
    set: (key: string, page: Omit<CachedPage, 'storedAt'>, renderedSince: number): boolean => {
      if (maxEntries <= 0 || changedSince(page.tables, renderedSince)) return false;
      pages.delete(key);
      pages.set(key, { ...page, storedAt: now() });
      if (pages.size > maxEntries) pages.delete(pages.keys().next().value!);
      return true;
    },
    invalidate: (table: string) => {
      changedAt.set(table, ++generation);
      for (const [key, page] of pages) if (page.tables.has(table)) pages.delete(key);
    },
    clear: () => {
      clearedAt = ++generation;
      pages.clear();
    },
  };
};

export type PageStore = ReturnType<typeof createPageStore>;
