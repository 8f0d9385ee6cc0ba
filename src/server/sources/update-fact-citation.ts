import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { CitedEntityType, Fact } from '@/lib/facts';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { inTransaction } from '@/server/db';
import { AppError } from '@/server/errors';

import { CITATION_PERMISSION } from './citation-permission';

export type UpdateFactCitationOptions = {
  actor: Actor;
  entityType: CitedEntityType;
  entityId: string;
  fact: Fact;
  sourceIds: string[];
  /** The day an editor checked the fact against its sources; null: not recorded. */
  verifiedOn: Date | null;
  /** The caller's transaction (a citation saved with the change it backs); its own without it. */
  db?: Prisma.TransactionClient;
};

const exists = async (db: Prisma.TransactionClient, entityType: CitedEntityType, id: string) =>
  entityType === 'country'
    ? !!(await db.country.findUnique({ where: { id }, select: { id: true } }))
    : !!(await db.mechanism.findUnique({ where: { id }, select: { id: true } }));

const snapshot = (
  row: { verifiedOn: Date | null; sources: { id: string; title: string }[] } | null,
) =>
  row && {
    verifiedOn: row.verifiedOn?.toISOString().slice(0, 10) ?? null,
    sources: row.sources.map((s) => s.title).sort(),
  };

/** Sets which sources back a fact and when it was verified; audited as `factCitation.update`. */
export const updateFactCitation = async ({
  actor,
  entityType,
  entityId,
  fact,
  sourceIds,
  verifiedOn,
  db,
}: UpdateFactCitationOptions) => {
  assertPermission(actor, CITATION_PERMISSION[entityType]);
  const ids = [...new Set(sourceIds)];
  return inTransaction(db, async (tx) => {
    if (!(await exists(tx, entityType, entityId))) throw new AppError('NOT_FOUND', entityType);
    const found = await tx.source.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw new AppError('INVALID_INPUT', 'unknown source');
    const where = { entityType_entityId_fact: { entityType, entityId, fact } };
    const include = { sources: { select: { id: true, title: true } } };
    const before = await tx.factCitation.findUnique({ where, include });
    const sources = ids.map((id) => ({ id }));
    // An unchanged date keeps its precision (a month from the data stays a month).
    const sameDay = before?.verifiedOn?.getTime() === verifiedOn?.getTime();
    const data = {
      verifiedOn,
      verifiedPrecision: sameDay && before ? before.verifiedPrecision : ('DAY' as const),
    };
    const after = await tx.factCitation.upsert({
      where,
      create: { entityType, entityId, fact, ...data, sources: { connect: sources } },
      update: { ...data, sources: { set: sources } },
      include,
    });
    await recordAudit({
      actor,
      action: 'factCitation.update',
      entityType: 'factCitation',
      entityId: after.id,
      before: before && { entityType, entityId, fact, ...snapshot(before) },
      after: { entityType, entityId, fact, ...snapshot(after) },
      db: tx,
    });
    return after;
  });
};
