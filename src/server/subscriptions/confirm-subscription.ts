import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { findSubscriberByToken } from './find-subscriber-by-token';
import { signSubscriptionToken } from './subscription-token';

export type ConfirmSubscriptionOptions = { token: string; now?: Date };

/**
 * The double opt-in: a valid confirmation link confirms the subscription (again: no change).
 * Mails about new items start with what is published from now on. Returns the preferences link's
 * token, for the page to show next.
 */
export const confirmSubscription = async ({
  token,
  now = new Date(),
}: ConfirmSubscriptionOptions): Promise<{ manageToken: string; locale: AppLocale }> => {
  const subscriber = await findSubscriberByToken(token, 'confirm', now);
  if (!subscriber) throw new AppError('INVALID_INPUT', 'subscriptionLink');
  if (!subscriber.confirmedAt) {
    await prisma.subscriber.updateMany({
      where: { id: subscriber.id, tokenVersion: subscriber.tokenVersion, confirmedAt: null },
      data: { confirmedAt: now, digestedUntil: now },
    });
  }
  return {
    manageToken: signSubscriptionToken({
      purpose: 'manage',
      subscriberId: subscriber.id,
      version: subscriber.tokenVersion,
    }),
    locale: subscriber.locale,
  };
};
