import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TCorrectionEntityType, TProposeCorrectionSchema } from '@/lib/validation/corrections';
import { recordAudit } from '@/server/audit/record-audit';
import { addressLimitKey, consumeAll, rateLimits } from '@/server/auth/rate-limits';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { getCorrectionTarget } from './get-correction-target';

export type ProposeCorrectionOptions = {
  entityType: TCorrectionEntityType;
  slug: string;
  /** Validated with the entity type's schema (PROPOSE_CORRECTION_SCHEMAS). */
  data: TProposeCorrectionSchema;
  /** The language of the page it was sent from: the sender's answer is written in it. */
  locale: AppLocale;
  /** From the connection (client-ip.ts); null when unknown (`next dev`). */
  ipAddress: string | null;
};

/**
 * Queues a visitor's correction of a published country or mechanism for the editors; nothing
 * changes on the site until one accepts it. Limited per client address and per page (shared
 * counters in PostgreSQL); the contact e-mail goes only into the correction row, never the log.
 */
export const proposeCorrection = async ({
  entityType,
  slug,
  data,
  locale,
  ipAddress,
}: ProposeCorrectionOptions): Promise<{ ok: true; id: string } | { ok: false }> => {
  const target = await getCorrectionTarget({ entityType, slug, locale });
  if (!target) throw new AppError('NOT_FOUND', entityType);
  const allowed = await consumeAll([
    ...(ipAddress ? ([[rateLimits.correctionPerIp, addressLimitKey(ipAddress)]] as const) : []),
    [rateLimits.correctionPerTarget, `${entityType}:${target.id}`],
  ]);
  if (!allowed) return { ok: false };
  const correction = await prisma.correction.create({
    data: {
      entityType,
      entityId: target.id,
      field: data.field,
      proposedValue: data.proposedValue,
      sourceUrl: data.sourceUrl,
      contactEmail: data.contactEmail,
      locale,
    },
    select: { id: true },
  });
  await recordAudit({
    actor: null,
    action: 'correction.propose',
    entityType: 'correction',
    entityId: correction.id,
    after: { entityType, entityId: target.id, field: data.field, sourceUrl: data.sourceUrl },
    ipAddress,
  });
  return { ok: true, id: correction.id };
};
