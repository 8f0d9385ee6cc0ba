import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { nestValues } from '@/lib/forms/form-state';
import { correctionFact, type TCorrectionEntityType } from '@/lib/validation/corrections';
import type { Actor } from '@/server/auth/actor';
import { updateContent } from '@/server/content/lifecycle';
import { countryType } from '@/server/countries/country-type';
import { AppError } from '@/server/errors';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

import { citeCorrectionSource, type CorrectionSourceInput } from './cite-correction-source';
import { getCorrectionEntity } from './get-correction-entity';

export type ApplyCorrectionOptions = {
  actor: Actor;
  correction: {
    entityType: TCorrectionEntityType;
    entityId: string;
    /** A simple column of the allow-list (never `other`). */
    field: string;
    sourceUrl: string;
  };
  /** The value to apply, as the editors' form would submit it (dates as YYYY-MM-DD). */
  value: string;
  /** The entity version the reviewer saw; a save since then is a CONFLICT. */
  entityVersion?: number;
  /** The title (and publisher) for the source when its address is not yet a source record. */
  source: CorrectionSourceInput;
  /** The day of the review (UTC midnight). */
  reviewedOn: Date;
};

const refuse = (issues: { path: PropertyKey[] }[]) =>
  new AppError('INVALID_INPUT', `correction: ${issues[0]?.path.join('.') ?? 'invalid'}`);

/**
 * Saves the entity as the editors' form would with one input changed, validated by the same update
 * schema, versioned and audited by the content lifecycle; in the same transaction the corrected
 * fact cites the correction's source (cite-correction-source.ts), so the value never goes public
 * without it. The legacy `sources` column is left as it is: public pages show the facts' cited
 * source records, not that list.
 */
export const applyCorrection = async ({
  actor,
  correction,
  value,
  entityVersion,
  source,
  reviewedOn,
}: ApplyCorrectionOptions) => {
  const { entityType, entityId, field, sourceUrl } = correction;
  // Only the allow-list's simple columns, each a displayed fact: never `other`, `version`, `slug`…
  const fact = correctionFact(entityType, field);
  if (!fact) throw new AppError('INVALID_INPUT', `field ${field}`);
  const entity = await getCorrectionEntity({ entityType, entityId });
  if (!entity) throw new AppError('NOT_FOUND', entityType);
  const input = nestValues({
    ...entity.values,
    [field]: value,
    version: String(entityVersion ?? entity.version),
  });
  const alsoWrite = (db: Prisma.TransactionClient) =>
    citeCorrectionSource({
      actor,
      entityType,
      entityId,
      fact,
      url: sourceUrl,
      source,
      reviewedOn,
      db,
    });
  if (entityType === 'country') {
    const parsed = countryType.schemas.update.safeParse(input);
    if (!parsed.success) throw refuse(parsed.error.issues);
    return updateContent(countryType, { actor, id: entityId, data: parsed.data, alsoWrite });
  }
  const parsed = mechanismType.schemas.update.safeParse(input);
  if (!parsed.success) throw refuse(parsed.error.issues);
  return updateContent(mechanismType, { actor, id: entityId, data: parsed.data, alsoWrite });
};
