import 'server-only';

import { prisma } from '@/server/db';

import { findSubscriberByToken } from './find-subscriber-by-token';

/**
 * Everything stored about a subscriber, for them to download: the subscription row and the
 * mails queued or sent to them (what each was about, when, and how it went). Null for a bad link.
 */
export const exportSubscription = async (token: string) => {
  const subscriber = await findSubscriberByToken(token, 'manage');
  if (!subscriber) return null;
  const [countries, mechanisms, themes, deliveries] = await Promise.all([
    prisma.country.findMany({
      where: { id: { in: subscriber.countryIds } },
      select: { id: true, slug: true },
    }),
    prisma.mechanism.findMany({
      where: { id: { in: subscriber.mechanismIds } },
      select: { id: true, slug: true },
    }),
    prisma.theme.findMany({
      where: { id: { in: subscriber.themeIds } },
      select: { id: true, slug: true },
    }),
    prisma.mailDelivery.findMany({
      where: { subscriberId: subscriber.id },
      select: { kind: true, payload: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    subscription: {
      email: subscriber.email,
      language: subscriber.locale,
      frequency: subscriber.frequency,
      contentTypes: subscriber.contentTypes,
      countries,
      mechanisms,
      themes,
      subscribedAt: subscriber.createdAt.toISOString(),
      confirmedAt: subscriber.confirmedAt?.toISOString() ?? null,
      lastDigestCovers: subscriber.digestedUntil?.toISOString() ?? null,
      updatedAt: subscriber.updatedAt.toISOString(),
    },
    mails: deliveries.map((delivery) => ({
      kind: delivery.kind,
      about: delivery.payload,
      status: delivery.status,
      queuedAt: delivery.createdAt.toISOString(),
      sentAt: delivery.sentAt?.toISOString() ?? null,
    })),
  };
};
