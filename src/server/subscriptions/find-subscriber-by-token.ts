import 'server-only';

import type { Subscriber } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

import { type TokenPurpose, verifySubscriptionToken } from './subscription-token';

/**
 * The subscriber a signed link is for, when the link is genuine, for `purpose`, unexpired, and
 * no newer link has replaced it; otherwise null.
 */
export const findSubscriberByToken = async (
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<Subscriber | null> => {
  const claims = verifySubscriptionToken(token, purpose, now);
  if (!claims) return null;
  const subscriber = await prisma.subscriber.findUnique({ where: { id: claims.subscriberId } });
  return subscriber?.tokenVersion === claims.version ? subscriber : null;
};
