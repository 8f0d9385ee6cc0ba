import type { Prisma } from '@/generated/prisma/client';

/** A JSON copy of a row for the audit log (dates become ISO strings). */
export const toAuditJson = (value: unknown): Prisma.InputJsonValue =>
  JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
