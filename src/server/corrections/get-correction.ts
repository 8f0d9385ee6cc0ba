import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { correctionFieldSpec } from '@/lib/validation/corrections';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';

import { findCorrectionTargets } from './find-correction-targets';
import { getCorrectionEntity } from './get-correction-entity';

export type GetCorrectionOptions = { actor: Actor; id: string; locale: AppLocale };

export type CorrectionDetail = NonNullable<Awaited<ReturnType<typeof getCorrection>>>;

const asText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('\n') : (value ?? '');

/**
 * One correction for the editors, with the page it is about and the field's current value (as
 * the edit form shows it) next to the proposed one. The contact e-mail is here, for editors only.
 */
export const getCorrection = async ({ actor, id, locale }: GetCorrectionOptions) => {
  assertPermission(actor, 'changes.review');
  const correction = await prisma.correction.findUnique({ where: { id } });
  if (!correction) return null;
  const [entity, targetOf, reviewer] = await Promise.all([
    getCorrectionEntity(correction),
    findCorrectionTargets({ refs: [correction], locale }),
    correction.reviewedById
      ? prisma.user.findUnique({ where: { id: correction.reviewedById }, select: { email: true } })
      : null,
  ]);
  const spec = correctionFieldSpec(correction.entityType, correction.field);
  const simple = spec && spec.kind !== 'other' ? spec : null;
  return {
    ...correction,
    spec: spec ?? ({ kind: 'other' } as const),
    target: targetOf(correction),
    /** Null for `other` (no single value) and for a deleted entity. */
    currentValue: simple && entity ? asText(entity.values[correction.field]) : null,
    entityVersion: entity?.version ?? null,
    reviewerEmail: reviewer?.email ?? null,
  };
};
