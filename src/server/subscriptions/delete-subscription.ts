import 'server-only';

import { prisma } from '@/server/db';

import { findSubscriberByToken } from './find-subscriber-by-token';

export type DeleteSubscriptionOptions = {
  token: string;
  /** The link used: the one-click unsubscribe link, or the preferences page's delete button. */
  purpose: 'unsubscribe' | 'manage';
};

/**
 * Unsubscribes: the subscriber's row goes, with the address and every choice. Queued mails lose
 * their recipient and are skipped; past deliveries stay only as anonymous counts for the queue
 * page. Not written to the audit log, which keeps everything forever. False for a bad link
 * (including one whose subscriber is already gone).
 */
export const deleteSubscription = async ({ token, purpose }: DeleteSubscriptionOptions) => {
  const subscriber = await findSubscriberByToken(token, purpose);
  if (!subscriber) return false;
  const { count } = await prisma.subscriber.deleteMany({
    where: { id: subscriber.id, tokenVersion: subscriber.tokenVersion },
  });
  return count > 0;
};
