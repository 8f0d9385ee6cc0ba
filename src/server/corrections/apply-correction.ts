import 'server-only';

import { nestValues } from '@/lib/forms/form-state';
import { correctionFieldSpec, type TCorrectionEntityType } from '@/lib/validation/corrections';
import type { Actor } from '@/server/auth/actor';
import { updateContent } from '@/server/content/lifecycle';
import { countryType } from '@/server/countries/country-type';
import { AppError } from '@/server/errors';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

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
};

/** The sources textarea's lines, with the correction's source added once. */
const withSource = (sources: string | string[] | undefined, url: string) => {
  const lines = [sources ?? []]
    .flat()
    .flatMap((text) => text.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.includes(url) ? lines : [...lines, url]).join('\n');
};

const refuse = (issues: { path: PropertyKey[] }[]) =>
  new AppError('INVALID_INPUT', `correction: ${issues[0]?.path.join('.') ?? 'invalid'}`);

/**
 * Saves the entity as the editors' form would with one input changed and the source listed
 * among its sources: validated by the same update schema, versioned and audited in one
 * transaction by the content lifecycle (whose audit entry's `after` then holds the new value and
 * the source).
 */
export const applyCorrection = async ({
  actor,
  correction,
  value,
  entityVersion,
}: ApplyCorrectionOptions) => {
  const { entityType, entityId, field, sourceUrl } = correction;
  // Only the allow-list's simple columns: never `version`, `slug`, `countryId`…
  const spec = correctionFieldSpec(entityType, field);
  if (!spec || spec.kind === 'other') throw new AppError('INVALID_INPUT', `field ${field}`);
  const entity = await getCorrectionEntity({ entityType, entityId });
  if (!entity) throw new AppError('NOT_FOUND', entityType);
  const input = nestValues({
    ...entity.values,
    [field]: value,
    sources: withSource(entity.values.sources, sourceUrl),
    version: String(entityVersion ?? entity.version),
  });
  if (entityType === 'country') {
    const parsed = countryType.schemas.update.safeParse(input);
    if (!parsed.success) throw refuse(parsed.error.issues);
    return updateContent(countryType, { actor, id: entityId, data: parsed.data });
  }
  const parsed = mechanismType.schemas.update.safeParse(input);
  if (!parsed.success) throw refuse(parsed.error.issues);
  return updateContent(mechanismType, { actor, id: entityId, data: parsed.data });
};
