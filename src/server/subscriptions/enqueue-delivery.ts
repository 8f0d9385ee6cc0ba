import 'server-only';

import type PgBoss from 'pg-boss';

import type { MailKind, Prisma } from '@/generated/prisma/client';
import { jobDb } from '@/server/queue/job-db';

import { MAIL_QUEUES, type SendJobData } from './mail-jobs';

export type EnqueueDeliveryOptions = {
  tx: Prisma.TransactionClient;
  boss: PgBoss;
  /** Idempotency key: a second delivery with the same key is never created, so never sent. */
  key: string;
  kind: MailKind;
  /** Who it goes to: a subscriber, or a back-office user (FOLLOW_UP_REMINDER). */
  subscriberId?: string;
  userId?: string;
  payload?: Prisma.InputJsonValue;
};

/**
 * Records a mail to send and queues its job, both in `tx` (outbox): the job exists if and only
 * if the delivery does. Returns false, queuing nothing, when `key` was queued before.
 */
export const enqueueDelivery = async ({
  tx,
  boss,
  key,
  kind,
  subscriberId,
  userId,
  payload,
}: EnqueueDeliveryOptions): Promise<boolean> => {
  const [created] = await tx.mailDelivery.createManyAndReturn({
    data: [{ key, kind, subscriberId, userId, payload }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!created) return false;
  const data: SendJobData = { deliveryId: created.id };
  await boss.send(MAIL_QUEUES.send, data, { db: jobDb(tx) });
  return true;
};
