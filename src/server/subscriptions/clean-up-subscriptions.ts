import 'server-only';

import { prisma } from '@/server/db';

/** Unconfirmed addresses are kept a week (the confirmation link works for 3 days). */
export const UNCONFIRMED_DAYS = 7;

/** Publications are kept long enough for any digest (weekly) to find them. */
const PUBLISHED_ITEM_DAYS = 60;

/**
 * A delivery still SENDING this long after its attempt started belongs to a job that died on its
 * last try (a job is retried after 15 minutes otherwise).
 */
const STALE_SENDING_MS = 60 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

/** Housekeeping, run with each scan: forget unconfirmed addresses and close stale attempts. */
export const cleanUpSubscriptions = async (now = new Date()) => {
  const unconfirmed = await prisma.subscriber.deleteMany({
    where: {
      confirmedAt: null,
      updatedAt: { lt: new Date(now.getTime() - UNCONFIRMED_DAYS * DAY_MS) },
    },
  });
  const interrupted = await prisma.mailDelivery.updateMany({
    where: { status: 'SENDING', updatedAt: { lt: new Date(now.getTime() - STALE_SENDING_MS) } },
    data: { status: 'INTERRUPTED' },
  });
  await prisma.publishedItem.deleteMany({
    where: { publishedAt: { lt: new Date(now.getTime() - PUBLISHED_ITEM_DAYS * DAY_MS) } },
  });
  return { unconfirmed: unconfirmed.count, interrupted: interrupted.count };
};
