import 'server-only';

import { randomUUID } from 'node:crypto';

import { prisma } from '@/server/db';

import { enqueueDelivery } from './enqueue-delivery';
import { getMailQueue } from './get-mail-queue';
import { limitSubscriptionRequest } from './limit-subscription-request';
import type { SubscribeResult } from './subscribe';

export type RequestManageLinkOptions = { email: string; ipAddress: string | null };

/**
 * "Send me the link to my preferences": mails it when the address has a confirmed
 * subscription, nothing otherwise. The caller shows the same answer either way.
 */
export const requestManageLink = async ({
  email,
  ipAddress,
}: RequestManageLinkOptions): Promise<SubscribeResult> => {
  if (!(await limitSubscriptionRequest(email, ipAddress))) {
    return { ok: false, reason: 'rate-limited' };
  }
  const boss = await getMailQueue();
  await prisma.$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findUnique({ where: { email } });
    if (!subscriber?.confirmedAt) return;
    await enqueueDelivery({
      tx,
      boss,
      key: `link:${subscriber.id}:${randomUUID()}`,
      kind: 'MANAGE_LINK',
      subscriberId: subscriber.id,
    });
  });
  return { ok: true };
};
