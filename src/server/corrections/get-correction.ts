import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { correctionFact, correctionFieldSpec } from '@/lib/validation/corrections';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { findSourceByUrl } from '@/server/sources/find-source-by-url';

import { findCorrectionTargets } from './find-correction-targets';
import { getCorrectionEntity } from './get-correction-entity';

export type GetCorrectionOptions = { actor: Actor; id: string; locale: AppLocale };

export type CorrectionDetail = NonNullable<Awaited<ReturnType<typeof getCorrection>>>;

const asText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('\n') : (value ?? '');

/**
 * One correction for the editors, with the page it is about and the field's current value (as
 * the edit form shows it) next to the proposed one, the fact it corrects and the source record
 * that already has its source's address, if any. The contact e-mail is here, for editors only.
 */
export const getCorrection = async ({ actor, id, locale }: GetCorrectionOptions) => {
  assertPermission(actor, 'changes.review');
  const correction = await prisma.correction.findUnique({ where: { id } });
  if (!correction) return null;
  const fact = correctionFact(correction.entityType, correction.field);
  const [entity, targetOf, reviewer, existingSource] = await Promise.all([
    getCorrectionEntity(correction),
    findCorrectionTargets({ refs: [correction], locale }),
    correction.reviewedById
      ? prisma.user.findUnique({ where: { id: correction.reviewedById }, select: { email: true } })
      : null,
    fact ? findSourceByUrl({ url: correction.sourceUrl }) : null,
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
    /** The displayed fact a simple field is, whose sources accepting adds to; null for `other`. */
    fact,
    /** The source record accepting will cite; null: accepting creates one. */
    existingSource,
    reviewerEmail: reviewer?.email ?? null,
  };
};
