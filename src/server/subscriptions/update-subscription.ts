import 'server-only';

import type { TUpdatePreferencesSchema } from '@/lib/validation/subscriptions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { findSubscriberByToken } from './find-subscriber-by-token';
import { keepKnownChoices } from './keep-known-choices';

/**
 * Saves new choices from the preferences page. Switching to the weekly digest starts its period
 * now (what was mailed one by one is not mailed again).
 */
export const updateSubscription = async ({ token, ...data }: TUpdatePreferencesSchema) => {
  const subscriber = await findSubscriberByToken(token, 'manage');
  if (!subscriber) throw new AppError('INVALID_INPUT', 'subscriptionLink');
  const choices = await keepKnownChoices(data);
  const startsDigest = choices.frequency === 'WEEKLY' && subscriber.frequency !== 'WEEKLY';
  return prisma.subscriber.update({
    where: { id: subscriber.id },
    data: { ...choices, ...(startsDigest && { digestedUntil: new Date() }) },
  });
};
