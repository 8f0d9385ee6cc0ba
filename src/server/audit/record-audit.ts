import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

/** Who did it: a signed-in user, or null for anonymous events (e.g. a failed sign-in). */
export type AuditActor = { id: string | null; email?: string | null } | null;

export type RecordAuditOptions = {
  actor: AuditActor;
  /** `<entity>.<verb>`, e.g. `document.publish`, `auth.sign-in-failed`. */
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  /** Any JSON-serialisable value (dates become ISO strings); null/undefined stores SQL NULL. */
  before?: unknown;
  after?: unknown;
  ipAddress?: string | null;
  /** Pass a transaction client to write the row in the same transaction as the change. */
  db?: Prisma.TransactionClient;
};

const toJson = (value: unknown) =>
  value === null || value === undefined
    ? Prisma.DbNull
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Appends one row to the audit log. The log is append-only: nothing updates or deletes rows. */
export const recordAudit = async ({
  actor,
  action,
  entityType = null,
  entityId = null,
  before,
  after,
  ipAddress = null,
  db = prisma,
}: RecordAuditOptions) =>
  db.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email?.slice(0, 320) ?? null,
      action,
      entityType,
      entityId,
      before: toJson(before),
      after: toJson(after),
      ipAddress: ipAddress?.slice(0, 100) ?? null,
    },
  });
