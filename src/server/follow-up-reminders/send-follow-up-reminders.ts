import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import {
  findMechanismRecommendations,
  type MechanismRecommendation,
} from '@/server/recommendations/find-mechanism-recommendations';
import { enqueueDelivery } from '@/server/subscriptions/enqueue-delivery';
import { getMailQueue } from '@/server/subscriptions/get-mail-queue';

import { composeFollowUpReminder } from './compose-follow-up-reminder';

export type SendFollowUpRemindersOptions = {
  now?: Date;
  boss?: PgBoss;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a reminder lists: the action list's rows that lack a published follow-up, or whose latest
 * one is older than FOLLOW_UP_REMINDER_DAYS (its `stale` flag), unless the mechanism has a
 * follow-up awaiting the editors' review (it has answered: the editors' turn).
 */
export const isDue = (item: MechanismRecommendation) =>
  (!item.latest || item.stale) && !item.awaitingReview;

/**
 * Queues one reminder mail per active focal point whose mechanism has recommendations due (see
 * isDue), in the language they last signed in with (else Spanish), at most once every
 * FOLLOW_UP_REMINDER_DAYS. Each user is one transaction that locks their row, checks for a
 * reminder in that period and queues the mail with its job (outbox), so a retried run or a
 * second instance never mails anyone twice; the idempotency key (user and period number) makes
 * the same promise in the table itself. Returns the number of reminders queued.
 */
export const sendFollowUpReminders = async ({
  now = new Date(),
  boss,
}: SendFollowUpRemindersOptions = {}) => {
  const queue = boss ?? (await getMailQueue());
  const days = env.FOLLOW_UP_REMINDER_DAYS;
  const since = new Date(now.getTime() - days * DAY_MS);
  const period = Math.floor(now.getTime() / (days * DAY_MS));
  const users = await prisma.user.findMany({
    where: { role: 'FOCAL_POINT', active: true, mechanismId: { not: null } },
    select: { id: true, email: true, name: true, locale: true, mechanismId: true },
    orderBy: { id: 'asc' },
  });
  let queued = 0;
  for (const user of users) {
    const locale: AppLocale = user.locale ?? 'es';
    const items = await findMechanismRecommendations({
      mechanismId: user.mechanismId!,
      locale,
      now,
    });
    const due = items.filter(isDue);
    if (due.length === 0) continue;
    const created = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${user.id} FOR UPDATE`;
      const recent = await tx.mailDelivery.count({
        where: { userId: user.id, kind: 'FOLLOW_UP_REMINDER', createdAt: { gt: since } },
      });
      if (recent > 0) return false;
      return enqueueDelivery({
        tx,
        boss: queue,
        // Reminders are at least `days` apart, so two never fall in one period.
        key: `follow-up-reminder:${user.id}:${days}:${period}`,
        kind: 'FOLLOW_UP_REMINDER',
        userId: user.id,
        payload: composeFollowUpReminder({ locale, name: user.name ?? user.email, due, days }),
      });
    });
    if (created) queued += 1;
  }
  return queued;
};
