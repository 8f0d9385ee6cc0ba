import 'server-only';

import type PgBoss from 'pg-boss';

import { prisma } from '@/server/db';

import { enqueueDelivery } from './enqueue-delivery';
import { followsItem } from './follows-item';
import { getMailQueue } from './get-mail-queue';
import { itemKey, type ItemRef, PUBLISH_ACTIONS, typeOfModel } from './item-ref';
import { loadItemFacets } from './load-item-facets';

/**
 * How far back each scan looks again before its cursor. An audit row's time is when its
 * transaction wrote it, which can be before a row committed earlier: a row committed up to this
 * late (slow transaction, clock skew between instances) is still found. Rows found twice are
 * recognised by their id (PublishedItem).
 */
export const SCAN_OVERLAP_MS = 10 * 60_000;

/** Audit rows handled per transaction. */
const BATCH = 200;

type AuditRow = { id: string; entityType: string; entityId: string; createdAt: Date };

export type ScanPublicationsOptions = { boss?: PgBoss };

/**
 * Reads the audit log for publications of followed types after the stored cursor (`<type>.publish`
 * rows, which the content lifecycle writes in the same transaction as the change), records each
 * once in PublishedItem, and queues one mail per confirmed immediate subscriber who follows it.
 * Deliveries, their jobs, the PublishedItem rows and the cursor commit together; the cursor row
 * is locked, so two scans never work at once. Returns the number of mails queued.
 */
export const scanPublications = async ({ boss }: ScanPublicationsOptions = {}) => {
  const queue = boss ?? (await getMailQueue());
  let queued = 0;
  for (;;) {
    const { found, mails } = await prisma.$transaction(
      async (tx) => {
        const [cursor] = await tx.$queryRaw<{ scannedUntil: Date }[]>`
          SELECT "scannedUntil" FROM "SubscriptionScan" WHERE id = 1 FOR UPDATE`;
        if (!cursor) throw new Error('The SubscriptionScan row is missing (see its migration)');
        const rows = await tx.$queryRaw<AuditRow[]>`
          SELECT a.id, a."entityType", a."entityId", a."createdAt"
          FROM "AuditLog" a
          WHERE a.action = ANY(${PUBLISH_ACTIONS})
            AND a."entityId" IS NOT NULL
            AND a."createdAt" > ${new Date(cursor.scannedUntil.getTime() - SCAN_OVERLAP_MS)}
            AND NOT EXISTS (SELECT 1 FROM "PublishedItem" p WHERE p."auditId" = a.id)
          ORDER BY a."createdAt", a.id
          LIMIT ${BATCH}`;
        const published = rows.flatMap((row) => {
          const type = typeOfModel(row.entityType);
          return type ? [{ row, ref: { type, id: row.entityId } satisfies ItemRef }] : [];
        });
        // Every row read is recorded, so none is read again.
        await tx.publishedItem.createMany({
          data: rows.map((row) => ({
            auditId: row.id,
            entityType: row.entityType,
            entityId: row.entityId,
            publishedAt: row.createdAt,
          })),
        });
        const facets = await loadItemFacets(published.map(({ ref }) => ref));
        let mails = 0;
        for (const { ref } of published) {
          const item = facets.get(itemKey(ref));
          if (!item?.published) continue;
          const subscribers = await tx.subscriber.findMany({
            where: {
              confirmedAt: { not: null },
              frequency: 'IMMEDIATE',
              contentTypes: { has: ref.type },
            },
            select: {
              id: true,
              contentTypes: true,
              countryIds: true,
              mechanismIds: true,
              themeIds: true,
            },
          });
          for (const subscriber of subscribers.filter((s) => followsItem(s, ref.type, item))) {
            const created = await enqueueDelivery({
              tx,
              boss: queue,
              // One mail per subscriber and item, also when it is unpublished and published again.
              key: `item:${subscriber.id}:${ref.type}:${ref.id}`,
              kind: 'ITEM',
              subscriberId: subscriber.id,
              payload: ref,
            });
            if (created) mails += 1;
          }
        }
        const latest = rows.reduce(
          (max, row) => (row.createdAt > max ? row.createdAt : max),
          cursor.scannedUntil,
        );
        await tx.subscriptionScan.update({ where: { id: 1 }, data: { scannedUntil: latest } });
        return { found: rows.length, mails };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    queued += mails;
    if (found < BATCH) return queued;
  }
};
