import 'server-only';

import type { FormValues } from '@/lib/forms/form-state';
import { flattenValues } from '@/lib/forms/form-values';
import { prisma } from '@/server/db';
import { mechanismEditSelect, type MechanismForEdit } from '@/server/mechanisms/mechanism-type';
import { toMechanismProfileValues } from '@/server/mechanisms/to-mechanism-form-values';

import { readPayload } from './change-payload';

export type GetChangeRequestOptions = { id: string };

export type ChangeDiffRow = { name: string; before: string; after: string };

const asText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

/** Only the fields a proposal changes; `version` is bookkeeping, not content. */
const diffValues = (before: FormValues, after: FormValues): ChangeDiffRow[] =>
  Object.keys(after)
    .filter((name) => name !== 'version')
    .map((name) => ({ name, before: asText(before[name]), after: asText(after[name]) }))
    .filter((row) => row.before !== row.after);

/**
 * An approved proposal is compared with the mechanism as it was when it was applied (the audit
 * entry of that update), not with today's version, which already contains it.
 */
const findAppliedBefore = async (change: {
  status: string;
  mechanismId: string;
  reviewedById: string | null;
  reviewedAt: Date | null;
}) => {
  if (change.status !== 'APPROVED' || !change.reviewedAt) return null;
  const entry = await prisma.auditLog.findFirst({
    where: {
      action: 'mechanism.update',
      entityId: change.mechanismId,
      actorId: change.reviewedById,
      createdAt: { gte: change.reviewedAt },
    },
    orderBy: { createdAt: 'asc' },
    select: { before: true },
  });
  return entry?.before
    ? toMechanismProfileValues(entry.before as unknown as MechanismForEdit)
    : null;
};

/** A proposal with its diff against the content as it is now (or was, once applied). */
export const getChangeRequest = async ({ id }: GetChangeRequestOptions) => {
  const change = await prisma.changeRequest.findUnique({
    where: { id },
    include: {
      proposedBy: { select: { email: true, name: true } },
      reviewedBy: { select: { email: true } },
    },
  });
  if (!change) return null;
  const mechanism = await prisma.mechanism.findUnique({
    where: { id: change.mechanismId },
    select: mechanismEditSelect,
  });
  const { values, fileId } = readPayload(change.payload);
  const before =
    change.entityType !== 'mechanism' || !mechanism
      ? {}
      : ((await findAppliedBefore(change)) ?? toMechanismProfileValues(mechanism));
  const file = fileId
    ? await prisma.storedFile.findUnique({
        where: { id: fileId },
        select: { filename: true, size: true },
      })
    : null;
  return {
    ...change,
    mechanism,
    file,
    diff: diffValues(before, flattenValues(values)),
  };
};
