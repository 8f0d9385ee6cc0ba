import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { CitedEntityType, Fact } from '@/lib/facts';
import { ZSourceSchema } from '@/lib/validation/sources';
import type { Actor } from '@/server/auth/actor';
import { AppError } from '@/server/errors';
import { findSourceByUrl } from '@/server/sources/find-source-by-url';
import { saveSource } from '@/server/sources/save-source';
import { updateFactCitation } from '@/server/sources/update-fact-citation';

/** What the editor typed for the correction's source: used only when it becomes a new record. */
export type CorrectionSourceInput = { title?: string | null; publisher?: string | null };

export type CiteCorrectionSourceOptions = {
  actor: Actor;
  entityType: CitedEntityType;
  entityId: string;
  fact: Fact;
  url: string;
  source: CorrectionSourceInput;
  /** The day of the review (UTC midnight): the fact's verification date, and when it was read. */
  reviewedOn: Date;
  db: Prisma.TransactionClient;
};

/** A new source record for the address, titled as the editor typed; read on the review day. */
const createSource = ({ actor, url, source, reviewedOn, db }: CiteCorrectionSourceOptions) => {
  const parsed = ZSourceSchema.safeParse({ ...source, url });
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'sourceTitle');
  return saveSource({ actor, data: { ...parsed.data, accessedOn: reviewedOn }, db });
};

/**
 * Makes a corrected fact cite the correction's source, in the caller's transaction: the source
 * record with that address (a new one when there is none), added to the fact's other sources,
 * with the fact verified on the day of the review. The other sources stay: they may still back
 * part of the fact (a law also gives the year), and an editor who finds that one contradicts the
 * new value removes it from the fact's sources.
 */
export const citeCorrectionSource = async (options: CiteCorrectionSourceOptions) => {
  const { actor, entityType, entityId, fact, url, reviewedOn, db } = options;
  const cited = (await findSourceByUrl({ url, db })) ?? (await createSource(options));
  const citation = await db.factCitation.findUnique({
    where: { entityType_entityId_fact: { entityType, entityId, fact } },
    select: { sources: { select: { id: true } } },
  });
  await updateFactCitation({
    actor,
    entityType,
    entityId,
    fact,
    sourceIds: [...(citation?.sources.map(({ id }) => id) ?? []), cited.id],
    verifiedOn: reviewedOn,
    db,
  });
  return cited;
};
