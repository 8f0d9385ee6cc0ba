import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { adapterFor } from '@/server/data-update/entity-adapters';
import type { FieldValue } from '@/server/data-update/field-values';
import { sameValue } from '@/server/data-update/field-values';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { citeProposalSource } from './cite-proposal-source';

export type DecideDataProposalOptions = {
  actor: Actor;
  id: string;
  /** `accept` writes the proposed value; `dismiss` keeps the editor's. */
  decision: 'accept' | 'dismiss';
};

type ProposalKey = { entityType: string; entityKey: string; field: string };

/** The proposed value becomes what the data update last wrote, so it is not proposed again. */
const rememberAsWritten = async (
  tx: Prisma.TransactionClient,
  proposal: { entityId: string; proposedValue: Prisma.JsonValue },
  key: ProposalKey,
) => {
  const proposed = proposal.proposedValue as FieldValue;
  const json = proposed === null ? Prisma.JsonNull : (proposed as Prisma.InputJsonValue);
  await tx.seededValue.upsert({
    where: { entityType_entityKey_field: key },
    create: { ...key, entityId: proposal.entityId, value: json },
    update: { value: json },
  });
};

/**
 * An editor's decision on a correction the data update or the treaty check queued. For the data
 * update's, either way the proposed value becomes what it last wrote, so it is not proposed again:
 * accepted, the field holds it; dismissed, the field keeps the editor's value as theirs. Accepting
 * the treaty check's also cites its UNTC page for the fact. Audited with the editor as actor.
 */
export const decideDataProposal = async ({ actor, id, decision }: DecideDataProposalOptions) => {
  assertPermission(actor, 'changes.review');
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.dataProposal.findUnique({ where: { id } });
    if (!proposal) throw new AppError('NOT_FOUND', 'dataProposal');
    const { count } = await tx.dataProposal.updateMany({
      where: { id, status: 'PENDING' },
      data: {
        status: decision === 'accept' ? 'ACCEPTED' : 'DISMISSED',
        reviewedById: actor.id,
        reviewedByEmail: actor.email,
        reviewedAt: new Date(),
      },
    });
    if (count === 0) throw new AppError('CONFLICT', 'alreadyReviewed');
    const adapter = adapterFor(proposal.entityType);
    const proposed = proposal.proposedValue as FieldValue;
    if (decision === 'accept') {
      const current = await adapter.read(tx, proposal.entityId);
      if (!current) throw new AppError('NOT_FOUND', proposal.entityType);
      // Changed again since it was queued: the reviewer must look at the value as it is now.
      if (!sameValue(current[proposal.field], proposal.currentValue as FieldValue)) {
        throw new AppError('CONFLICT', 'changedSinceProposed');
      }
      await adapter.write(tx, proposal.entityId, { [proposal.field]: proposed });
      await recordAudit({
        actor,
        action: `${adapter.auditType}.update`,
        entityType: adapter.auditType,
        entityId: proposal.entityId,
        before: { [proposal.field]: current[proposal.field] ?? null },
        after: { [proposal.field]: proposed },
        db: tx,
      });
      if (proposal.sourceId) {
        await citeProposalSource({
          actor,
          proposal: { ...proposal, sourceId: proposal.sourceId },
          db: tx,
        });
      }
    }
    const key = {
      entityType: proposal.entityType,
      entityKey: proposal.entityKey,
      field: proposal.field,
    };
    // A check against a source (UNTC) is not the data files: what they last wrote stays, so the
    // data update keeps an accepted value as the editors' own instead of writing the file's back.
    if (!proposal.sourceId) await rememberAsWritten(tx, proposal, key);
    await recordAudit({
      actor,
      action: decision === 'accept' ? 'dataProposal.accept' : 'dataProposal.dismiss',
      entityType: 'dataProposal',
      entityId: id,
      before: { status: 'PENDING' },
      after: { status: decision === 'accept' ? 'ACCEPTED' : 'DISMISSED', ...key },
      db: tx,
    });
  });
};
