import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

const TABLES = ['Country', 'Mechanism', 'Document', 'Event', 'News', 'FactCitation'] as const;
export type ChangeTable = (typeof TABLES)[number];

/** The latest edit in these tables, for Last-Modified (the ETag covers deletions too). */
export const findLastChange = async (tables: readonly ChangeTable[]) => {
  const selects = tables
    .filter((table) => TABLES.includes(table))
    .map((table) => Prisma.sql`SELECT max("updatedAt") AS at FROM ${Prisma.raw(`"${table}"`)}`);
  if (selects.length === 0) return null;
  const [row] = await prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT max(at) AS at FROM (${Prisma.join(selects, ' UNION ALL ')}) changes`;
  return row?.at ?? null;
};
