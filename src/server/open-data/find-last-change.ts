import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

/** Each table's time of last change: follow-ups are only ever created (published on approval). */
const CHANGED_AT = {
  Country: 'updatedAt',
  Mechanism: 'updatedAt',
  Document: 'updatedAt',
  Event: 'updatedAt',
  News: 'updatedAt',
  FactCitation: 'updatedAt',
  Recommendation: 'updatedAt',
  RecommendationFollowUp: 'createdAt',
} as const;
export type ChangeTable = keyof typeof CHANGED_AT;

/** The latest edit in these tables, for Last-Modified (the ETag covers deletions too). */
export const findLastChange = async (tables: readonly ChangeTable[]) => {
  const selects = tables
    .filter((table) => Object.hasOwn(CHANGED_AT, table))
    .map(
      (table) =>
        Prisma.sql`SELECT max(${Prisma.raw(`"${CHANGED_AT[table]}"`)}) AS at FROM ${Prisma.raw(`"${table}"`)}`,
    );
  if (selects.length === 0) return null;
  const [row] = await prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT max(at) AS at FROM (${Prisma.join(selects, ' UNION ALL ')}) changes`;
  return row?.at ?? null;
};
