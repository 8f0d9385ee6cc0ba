import 'server-only';

import type PgBoss from 'pg-boss';

import type { TDigestPayloadSchema } from '@/lib/validation/subscriptions';
import { prisma } from '@/server/db';

import { enqueueDelivery } from './enqueue-delivery';
import { followsItem } from './follows-item';
import { getMailQueue } from './get-mail-queue';
import { itemKey, type ItemRef, typeOfModel, uniqueRefs } from './item-ref';
import { type ItemFacets, loadItemFacets } from './load-item-facets';

export type SendWeeklyDigestsOptions = {
  /** The digest job's id: a retried run makes no second digest for anyone (idempotency key). */
  runId: string;
  now?: Date;
  boss?: PgBoss;
};

/**
 * Queues each confirmed weekly subscriber's digest: the items they follow published since their
 * last digest (or their confirmation), newest last. Each subscriber is one transaction: their row
 * is locked, the digest and its job are queued and `digestedUntil` moves to `now` together, so a
 * run that stops half way, or runs twice, never puts an item in two digests. Nobody followed
 * anything new: no mail, but the period still moves on. Returns the number of digests queued.
 */
export const sendWeeklyDigests = async ({
  runId,
  now = new Date(),
  boss,
}: SendWeeklyDigestsOptions) => {
  const queue = boss ?? (await getMailQueue());
  const facetCache = new Map<string, ItemFacets>();
  const subscribers = await prisma.subscriber.findMany({
    where: { frequency: 'WEEKLY', confirmedAt: { not: null } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  let queued = 0;
  for (const { id } of subscribers) {
    const created = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Subscriber" WHERE id = ${id} FOR UPDATE`;
      const subscriber = await tx.subscriber.findUnique({ where: { id } });
      if (!subscriber?.confirmedAt || subscriber.frequency !== 'WEEKLY') return false;
      const since = subscriber.digestedUntil ?? subscriber.confirmedAt;
      if (since >= now) return false;
      const published = await tx.publishedItem.findMany({
        where: { publishedAt: { gt: since, lte: now } },
        orderBy: { publishedAt: 'asc' },
      });
      const refs = uniqueRefs(
        published.flatMap((row): ItemRef[] => {
          const type = typeOfModel(row.entityType);
          return type && subscriber.contentTypes.includes(type) ? [{ type, id: row.entityId }] : [];
        }),
      );
      const missing = refs.filter((ref) => !facetCache.has(itemKey(ref)));
      for (const [key, facets] of await loadItemFacets(missing)) facetCache.set(key, facets);
      const items = refs.filter((ref) => {
        const facets = facetCache.get(itemKey(ref));
        return facets !== undefined && followsItem(subscriber, ref.type, facets);
      });
      await tx.subscriber.update({ where: { id }, data: { digestedUntil: now } });
      if (items.length === 0) return false;
      const payload: TDigestPayloadSchema = {
        since: since.toISOString(),
        until: now.toISOString(),
        items,
      };
      return enqueueDelivery({
        tx,
        boss: queue,
        key: `digest:${id}:${runId}`,
        kind: 'DIGEST',
        subscriberId: id,
        payload,
      });
    });
    if (created) queued += 1;
  }
  return queued;
};
