import 'server-only';

import { randomUUID } from 'node:crypto';

import { env } from '@/env';
import { prisma } from '@/server/db';
import { MailSendError, sendMail } from '@/server/mail/send-mail';

import { composeDelivery } from './compose-delivery';
import { redactAddresses } from './redact-addresses';
import { waitForSendSlot } from './wait-for-send-slot';

export type DeliverMailOptions = {
  deliveryId: string;
  /** The job's last try: a failure now is final (FAILED) instead of waiting for a retry. */
  lastAttempt: boolean;
  /** Waits for the send rate limit; tests may pass their own. */
  waitForSlot?: () => Promise<void>;
};

export type DeliveryOutcome = 'sent' | 'skipped' | 'done-before' | 'interrupted' | 'missing';

const messageError = (error: unknown) =>
  redactAddresses(error instanceof Error ? error.message : String(error));

/**
 * Sends one queued mail at most once, whatever happens to the job running it:
 *
 * 1. A delivery already SENT, SKIPPED, FAILED or INTERRUPTED is not sent again (a retried job,
 *    or the same job queued twice).
 * 2. Just before the SMTP call the row becomes SENDING under a fresh attempt id, committed; after
 *    the SMTP server accepts the mail it becomes SENT (only if still this attempt's).
 * 3. A job that finds the row SENDING belongs to an attempt that died (or outlived the job's
 *    15-minute expiry) in between: the mail may have left. It is marked INTERRUPTED and not sent,
 *    so a crash can lose a mail but never send one twice (README: "at most once").
 *
 * An SMTP refusal, or a failure before the message started to go out, puts the row back to
 * PENDING (FAILED on the last try) and is rethrown, so pg-boss retries the job with backoff. A
 * connection lost while the message was going out is INTERRUPTED, as in 3.
 */
export const deliverMail = async ({
  deliveryId,
  lastAttempt,
  waitForSlot = waitForSendSlot,
}: DeliverMailOptions): Promise<DeliveryOutcome> => {
  const delivery = await prisma.mailDelivery.findUnique({
    where: { id: deliveryId },
    include: { subscriber: true, user: { select: { email: true, active: true } } },
  });
  if (!delivery) return 'missing';
  if (delivery.status === 'SENDING') {
    await prisma.mailDelivery.updateMany({
      where: { id: deliveryId, status: 'SENDING', attemptId: delivery.attemptId },
      data: { status: 'INTERRUPTED' },
    });
    return 'interrupted';
  }
  if (delivery.status !== 'PENDING') return 'done-before';
  const skip = async () => {
    await prisma.mailDelivery.updateMany({
      where: { id: deliveryId, status: 'PENDING' },
      data: { status: 'SKIPPED' },
    });
    return 'skipped' as const;
  };
  const attemptId = randomUUID();
  try {
    const mail = await composeDelivery(delivery);
    if (!mail) return await skip();
    await waitForSlot();
    const claimed = await prisma.mailDelivery.updateMany({
      where: { id: deliveryId, status: 'PENDING' },
      data: { status: 'SENDING', attemptId, attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return 'done-before';
    await sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      unsubscribeUrl: mail.oneClick,
      // Subscription mails are a list; a reminder to a back-office user is not.
      headers: mail.oneClick
        ? { 'List-Id': `Prevenir <subscriptions.${new URL(env.SITE_URL).hostname}>` }
        : {},
      // The same id on any resend of this delivery (there should be none).
      messageId: `<${deliveryId}@${new URL(env.SITE_URL).hostname}>`,
    });
  } catch (error) {
    if (error instanceof MailSendError && error.maybeDelivered) {
      // The connection broke while the mail was going out: it may have arrived. Not again.
      await prisma.mailDelivery.updateMany({
        where: { id: deliveryId, status: 'SENDING', attemptId },
        data: { status: 'INTERRUPTED', lastError: messageError(error) },
      });
      return 'interrupted';
    }
    await prisma.mailDelivery.updateMany({
      where: { id: deliveryId, OR: [{ status: 'PENDING' }, { status: 'SENDING', attemptId }] },
      data: { status: lastAttempt ? 'FAILED' : 'PENDING', lastError: messageError(error) },
    });
    throw error;
  }
  await prisma.mailDelivery.updateMany({
    where: { id: deliveryId, attemptId },
    data: { status: 'SENT', sentAt: new Date(), lastError: null },
  });
  return 'sent';
};
