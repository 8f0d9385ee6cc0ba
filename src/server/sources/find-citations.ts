import 'server-only';

import type { CitedEntityType } from '@/lib/facts';
import { prisma } from '@/server/db';

import { type Citations, citationSelect, toCitation } from './to-citation';

export type FindCitationsOptions = { entityType: CitedEntityType; entityIds: string[] };

/** The citations of many countries or mechanisms at once: entity id → fact → citation. */
export const findCitations = async ({ entityType, entityIds }: FindCitationsOptions) => {
  const byEntity = new Map<string, Citations>();
  if (entityIds.length === 0) return byEntity;
  const rows = await prisma.factCitation.findMany({
    where: { entityType, entityId: { in: entityIds } },
    select: citationSelect,
  });
  for (const row of rows) {
    const citations = byEntity.get(row.entityId) ?? {};
    citations[row.fact] = toCitation(row);
    byEntity.set(row.entityId, citations);
  }
  return byEntity;
};
