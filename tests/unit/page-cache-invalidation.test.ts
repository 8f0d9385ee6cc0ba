// Two server processes' page caches on one real PostgreSQL: a change committed by anyone reaches
// both through LISTEN/NOTIFY (prisma/migrations/*_page_cache_notify) and drops exactly the pages
// that read the changed table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listenForChanges } from '../../scripts/lib/page-cache/listen-for-changes';
import { createPageStore, type PageStore } from '../../scripts/lib/page-cache/page-store';
import { Prisma, type PrismaClient } from '../../src/generated/prisma/client';
import { recordingTableReads } from '../../src/server/page-cache/table-reads';
import { ownDatabase } from '../support/own-database';

const database = ownDatabase('page_cache');
let prisma: PrismaClient;
let queryRows: (typeof import('@/server/db'))['queryRows'];
const instances: Array<{ store: PageStore; stop: () => Promise<void> }> = [];

const page = (tables: string[]) => ({
  headers: {},
  parts: [Buffer.from('<html>')],
  tables: new Set(tables),
});

const waitFor = async (condition: () => boolean, timeoutMs = 2000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

beforeAll(async () => {
  prisma = await database.open();
  ({ queryRows } = await import('@/server/db'));
  for (let i = 0; i < 2; i++) {
    const store = createPageStore({ maxEntries: 10, maxAgeMs: 60_000 });
    const changes = listenForChanges({ databaseUrl: database.url, store });
    await changes.ready;
    expect(changes.notifyingTables()).toContain('Theme');
    instances.push({ store, stop: changes.stop });
  }
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await database.close();
});

describe('page cache invalidation', () => {
  it('notes the tables a render reads, relations included', async () => {
    const reads = new Set<string>();
    // As a page does: its queries run (are awaited) inside the recorded request.
    await recordingTableReads(reads, async () => {
      await prisma.document.findMany({
        include: { translations: true, themes: { include: { translations: true } } },
      });
      await prisma.$queryRaw`SELECT count(*) FROM "Event"`;
      // Search's queries, sent by pg without Prisma: noted all the same.
      await queryRows(Prisma.sql`SELECT count(*)::int AS n FROM "Country"`);
    });
    expect([...reads].sort()).toEqual([
      'Country',
      'Document',
      'DocumentTranslation',
      'Event',
      'Theme',
      'ThemeTranslation',
    ]);
  });

  it('drops, on both instances, the pages that read a table changed through one of them', async () => {
    for (const { store } of instances) {
      store.set('/es/documents', page(['Document', 'Theme']), store.generation());
      store.set('/es/countries', page(['Country']), store.generation());
    }
    await prisma.theme.create({ data: { slug: `page-cache-${Date.now()}` } });
    for (const { store } of instances) {
      await waitFor(() => store.get('/es/documents') === undefined);
      expect(store.get('/es/countries')).toBeDefined();
    }
  });

  it('refuses to store a render that overlapped a change to a table it read', async () => {
    const { store } = instances[0]!;
    const renderedSince = store.generation();
    await prisma.country.updateMany({ where: { slug: 'nowhere' }, data: { federal: true } });
    await waitFor(() => store.generation() !== renderedSince);
    expect(store.set('/es/countries/peru', page(['Country']), renderedSince)).toBe(false);
    // A change to a table the page did not read does not stop it from being kept.
    expect(store.set('/es/documents', page(['Document']), renderedSince)).toBe(true);
  });
});
