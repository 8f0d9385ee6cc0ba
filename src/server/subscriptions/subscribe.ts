import 'server-only';

import { randomUUID } from 'node:crypto';

import { Prisma } from '@/generated/prisma/client';
import type { TSubscribeSchema } from '@/lib/validation/subscriptions';
import { prisma } from '@/server/db';

import { enqueueDelivery } from './enqueue-delivery';
import { getMailQueue } from './get-mail-queue';
import { keepKnownChoices } from './keep-known-choices';
import { limitSubscriptionRequest } from './limit-subscription-request';

export type SubscribeOptions = { data: TSubscribeSchema; ipAddress: string | null };

export type SubscribeResult = { ok: true } | { ok: false; reason: 'rate-limited' };

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Starts a subscription (double opt-in). The caller shows the same answer whatever happened:
 * - a new address is stored unconfirmed and gets a confirmation link;
 * - an unconfirmed one gets the new choices and a new link (older links stop working);
 * - a confirmed one is left as it is, and its owner gets a mail with their preferences link
 *   (so nobody can change someone else's subscription by subscribing their address).
 * Only `rate-limited` differs, and it depends on the requests for the typed address and from
 * this client, not on whether it is subscribed.
 */
export const subscribe = async ({
  data,
  ipAddress,
}: SubscribeOptions): Promise<SubscribeResult> => {
  if (!(await limitSubscriptionRequest(data.email, ipAddress))) {
    return { ok: false, reason: 'rate-limited' };
  }
  const { email, ...rest } = data;
  const choices = await keepKnownChoices(rest);
  const boss = await getMailQueue();
  try {
    await prisma.$transaction(async (tx) => {
      const existing = await tx.subscriber.findUnique({ where: { email } });
      if (existing?.confirmedAt) {
        await enqueueDelivery({
          tx,
          boss,
          key: `already:${existing.id}:${randomUUID()}`,
          kind: 'ALREADY_SUBSCRIBED',
          subscriberId: existing.id,
        });
        return;
      }
      const subscriber = existing
        ? await tx.subscriber.update({
            where: { id: existing.id },
            data: { ...choices, tokenVersion: { increment: 1 } },
          })
        : await tx.subscriber.create({ data: { email, ...choices } });
      await enqueueDelivery({
        tx,
        boss,
        key: `confirm:${subscriber.id}:${subscriber.tokenVersion}`,
        kind: 'CONFIRM',
        subscriberId: subscriber.id,
      });
    });
  } catch (error) {
    // The same address subscribed at the same moment by another request, which mails it.
    if (!isUniqueViolation(error)) throw error;
  }
  return { ok: true };
};
