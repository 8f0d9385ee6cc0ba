// The audit-log scan's cursor: late commits inside the overlap are found, every row is read
// once, batches follow one another. Real PostgreSQL, a database of this file's own.
import { afterAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('subs_scan');
const prisma = await database.open();

const { scanPublications, SCAN_OVERLAP_MS } = await import('./scan-publications');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await database.close();
});

const minutes = (n: number) => n * 60_000;

describe('scanPublications', () => {
  it('reads each publish row once, including ones committed late, in batches', async () => {
    const cursor = new Date(Date.now() - minutes(1));
    await prisma.subscriptionScan.update({ where: { id: 1 }, data: { scannedUntil: cursor } });
    const at = (offsetMs: number) => new Date(cursor.getTime() + offsetMs);
    const row = (id: string, action: string, createdAt: Date) => ({
      id,
      action,
      entityType: action.split('.')[0]!,
      entityId: `item-${id}`,
      createdAt,
    });
    await prisma.auditLog.createMany({
      data: [
        // Written (by the clock of its transaction) before the cursor, committed after the last
        // scan: inside the overlap, so still found.
        row('late', 'document.publish', at(-SCAN_OVERLAP_MS + minutes(1))),
        // Older than the overlap: a scan before the last one read it.
        row('old', 'document.publish', at(-SCAN_OVERLAP_MS - minutes(1))),
        row('mechanism', 'mechanism.publish', at(1000)),
        row('update', 'document.update', at(1000)),
        ...Array.from({ length: 450 }, (_, i) => row(`bulk-${i}`, 'event.publish', at(2000 + i))),
      ],
    });

    expect(await scanPublications()).toBe(0);
    const seen = await prisma.publishedItem.findMany({ select: { auditId: true } });
    const ids = new Set(seen.map((item) => item.auditId));
    expect(ids.has('late')).toBe(true);
    expect(ids.has('old')).toBe(false);
    expect(ids.has('mechanism')).toBe(false);
    expect(ids.has('update')).toBe(false);
    expect([...ids].filter((id) => id.startsWith('bulk-'))).toHaveLength(450);
    const { scannedUntil } = await prisma.subscriptionScan.findUniqueOrThrow({ where: { id: 1 } });
    expect(scannedUntil).toEqual(at(2000 + 449));

    // A second scan finds nothing new.
    await scanPublications();
    expect(await prisma.publishedItem.count()).toBe(451);
  });
});
