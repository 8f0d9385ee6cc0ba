import 'server-only';

import { prisma } from '@/server/db';

/**
 * The entities whose audited changes the download shows: the exported content and the sources
 * and citations the country and mechanism rows carry.
 */
const PUBLIC_ENTITY_TYPES = [
  'country',
  'mechanism',
  'document',
  'event',
  'news',
  'theme',
  'recommendation',
  'recommendationFollowUp',
  'source',
  'factCitation',
];

/**
 * When public content last changed after `since` (null: not since). Every change is an audit
 * row written in its own transaction, whoever made it (the back office, the data update,
 * corrections); a change that keeps an item a draft before and after is not public.
 */
export const findUnbuiltChange = async (since: Date | null): Promise<Date | null> => {
  const [row] = await prisma.$queryRaw<{ last: Date | null }[]>`
    SELECT max("createdAt") AS last FROM "AuditLog"
    WHERE "entityType" = ANY(${PUBLIC_ENTITY_TYPES})
      AND "createdAt" > ${since ?? new Date(0)}
      AND NOT (
        coalesce(before->>'status', after->>'status') IS NOT DISTINCT FROM 'DRAFT'
        AND coalesce(after->>'status', before->>'status') IS NOT DISTINCT FROM 'DRAFT'
      )`;
  return row?.last ?? null;
};
