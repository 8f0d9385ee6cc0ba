import 'server-only';

import {
  correctionFact,
  correctionFieldSpec,
  zCorrectionValue,
} from '@/lib/validation/corrections';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { answerCorrectionSender } from './answer-correction-sender';
import { applyCorrection } from './apply-correction';
import type { CorrectionSourceInput } from './cite-correction-source';

export type AcceptCorrectionOptions = {
  actor: Actor;
  id: string;
  /** The value to apply; the proposed one when not given. Ignored for `other`. */
  value?: string;
  note?: string | null;
  /** Mail the sender (if they left an address) to thank them. */
  notify: boolean;
  /** The entity version the reviewer compared against; a save since then is a CONFLICT. */
  entityVersion?: number;
  /**
   * The title (required) and publisher of the source record the correction's address becomes,
   * when no source has that address yet. Ignored for `other`.
   */
  source?: CorrectionSourceInput;
};

/**
 * Accepts a correction: a simple field's value is applied and its fact cites the correction's
 * source, verified on the review day (apply-correction.ts); `other` is marked accepted for the
 * editor to apply by hand. Claimed first, so two reviewers cannot apply it twice; a failed
 * application leaves it pending.
 */
export const acceptCorrection = async ({
  actor,
  id,
  value,
  note = null,
  notify,
  entityVersion,
  source = {},
}: AcceptCorrectionOptions) => {
  assertPermission(actor, 'changes.review');
  const correction = await prisma.correction.findUnique({ where: { id } });
  if (!correction) throw new AppError('NOT_FOUND', 'correction');
  const spec = correctionFieldSpec(correction.entityType, correction.field);
  if (!spec) throw new AppError('INVALID_INPUT', `field ${correction.field}`);
  const applied = spec.kind === 'other' ? null : (value ?? correction.proposedValue).trim();
  if (applied !== null && !zCorrectionValue(spec).safeParse(applied).success) {
    throw new AppError('INVALID_INPUT', 'value');
  }

  const reviewedAt = new Date();
  const { count } = await prisma.correction.updateMany({
    where: { id, status: 'PENDING' },
    data: {
      status: 'ACCEPTED',
      reviewedById: actor.id,
      reviewedAt,
      reviewNote: note,
      appliedValue: applied,
    },
  });
  if (count === 0) throw new AppError('CONFLICT', 'alreadyReviewed');
  if (applied !== null) {
    try {
      await applyCorrection({
        actor,
        correction,
        value: applied,
        entityVersion,
        source,
        // The review's day as the site counts days (UTC), like the other date-only columns.
        reviewedOn: new Date(reviewedAt.toISOString().slice(0, 10)),
      });
    } catch (error) {
      await prisma.correction.update({
        where: { id },
        data: {
          status: 'PENDING',
          reviewedById: null,
          reviewedAt: null,
          reviewNote: null,
          appliedValue: null,
        },
      });
      throw error;
    }
  }
  await recordAudit({
    actor,
    action: 'correction.accept',
    entityType: 'correction',
    entityId: id,
    before: { status: 'PENDING' },
    after: {
      status: 'ACCEPTED',
      entityType: correction.entityType,
      entityId: correction.entityId,
      field: correction.field,
      fact: applied === null ? null : correctionFact(correction.entityType, correction.field),
      value: applied,
      sourceUrl: correction.sourceUrl,
      note,
    },
  });
  return answerCorrectionSender({ actor, id, notify });
};
