import 'server-only';

import { env } from '@/env';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type FindMechanismRecommendationsOptions = {
  mechanismId: string;
  locale: AppLocale;
  now?: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A focal point's action list: the published recommendations that concern their mechanism, each
 * with the mechanism's own latest follow-up (published or awaiting review), those without one
 * first, and whether that follow-up is older than FOLLOW_UP_REMINDER_DAYS.
 */
export const findMechanismRecommendations = async ({
  mechanismId,
  locale,
  now = new Date(),
}: FindMechanismRecommendationsOptions) => {
  const [rows, pending] = await Promise.all([
    prisma.recommendation.findMany({
      where: { status: 'PUBLISHED', mechanisms: { some: { id: mechanismId } } },
      orderBy: [{ issuedOn: 'desc' }, { symbol: 'asc' }, { paragraph: 'asc' }],
      select: {
        id: true,
        slug: true,
        body: true,
        symbol: true,
        paragraph: true,
        issuedOn: true,
        originalLocale: true,
        translations: { select: { locale: true, text: true } },
        followUps: {
          where: { mechanismId, status: 'PUBLISHED' },
          orderBy: { reportedOn: 'desc' },
          take: 1,
          select: { implementation: true, reportedOn: true },
        },
      },
    }),
    prisma.changeRequest.findMany({
      where: { mechanismId, entityType: 'followUp', status: 'PENDING' },
      select: { payload: true },
    }),
  ]);
  const awaitingReview = new Set(
    pending.map(
      (change) =>
        (change.payload as { values?: { recommendationId?: string } }).values?.recommendationId,
    ),
  );
  const staleBefore = now.getTime() - env.FOLLOW_UP_REMINDER_DAYS * DAY_MS;
  const items = rows.map((row) => {
    const latest = row.followUps[0] ?? null;
    return {
      id: row.id,
      slug: row.slug,
      body: row.body,
      citation: `${row.symbol} § ${row.paragraph}`,
      issuedOn: row.issuedOn,
      text: pickTranslation(row.translations, locale, row.originalLocale),
      latest,
      awaitingReview: awaitingReview.has(row.id),
      stale: latest !== null && latest.reportedOn.getTime() < staleBefore,
    };
  });
  // Nothing reported yet first: that is the work to do.
  return [...items.filter((item) => !item.latest), ...items.filter((item) => item.latest)];
};

export type MechanismRecommendation = Awaited<
  ReturnType<typeof findMechanismRecommendations>
>[number];
