import 'server-only';

import type { TProposeFollowUpSchema } from '@/lib/validation/recommendations';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { toTranslationRows } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { assertFollowUpConcerns } from './assert-follow-up-concerns';

export type CreateFollowUpOptions = {
  actor: Actor;
  mechanismId: string;
  data: TProposeFollowUpSchema;
  evidenceFileId?: string | null;
};

/**
 * A published follow-up, as an editor's approval of a focal point's proposal makes it (the review
 * is the editorial step), audited in the same transaction.
 */
export const createFollowUp = async ({
  actor,
  mechanismId,
  data,
  evidenceFileId = null,
}: CreateFollowUpOptions) => {
  assertPermission(actor, 'content.publish');
  return prisma.$transaction(async (tx) => {
    await assertFollowUpConcerns({ db: tx, mechanismId, recommendationId: data.recommendationId });
    const created = await tx.recommendationFollowUp.create({
      data: {
        recommendationId: data.recommendationId,
        mechanismId,
        reportedOn: data.reportedOn,
        implementation: data.implementation,
        originalLocale: data.originalLocale,
        evidenceUrl: data.evidenceUrl,
        evidenceFileId,
        status: 'PUBLISHED',
        translations: {
          create: toTranslationRows(data.translations, 'text').map(({ locale, text }) => ({
            locale,
            text: text ?? '',
          })),
        },
      },
      include: { translations: { select: { locale: true, text: true } } },
    });
    await recordAudit({
      actor,
      action: 'recommendationFollowUp.create',
      entityType: 'recommendationFollowUp',
      entityId: created.id,
      before: null,
      after: created,
      db: tx,
    });
    return created;
  });
};
