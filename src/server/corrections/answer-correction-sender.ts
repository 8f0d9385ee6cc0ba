import 'server-only';

import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { logger } from '@/server/log/logger';
import { sendMail } from '@/server/mail/send-mail';

import { buildCorrectionMail } from './build-correction-mail';

export type AnswerCorrectionSenderOptions = {
  actor: Actor;
  id: string;
  /** The editor's choice: write to the sender, or only forget their address. */
  notify: boolean;
};

/** `sent`: they were told; `none`: no address, or no answer wanted; `failed`: try again later. */
export type SenderAnswer = 'sent' | 'none' | 'failed';

/**
 * After a decision: tells the sender the outcome if they left an address and the editor wants
 * to, then deletes the address, which served only for this. A mail that cannot be sent keeps the
 * address, so that the editor can try again (or decide not to write) from the correction's page.
 */
export const answerCorrectionSender = async ({
  actor,
  id,
  notify,
}: AnswerCorrectionSenderOptions): Promise<SenderAnswer> => {
  assertPermission(actor, 'changes.review');
  const correction = await prisma.correction.findUnique({ where: { id } });
  if (!correction) throw new AppError('NOT_FOUND', 'correction');
  if (correction.status === 'PENDING') throw new AppError('CONFLICT', 'notReviewed');
  const { contactEmail } = correction;
  if (!contactEmail) return 'none';
  if (notify) {
    try {
      await sendMail(await buildCorrectionMail({ correction: { ...correction, contactEmail } }));
    } catch (error) {
      logger.error({ err: error }, 'corrections: the answer to a correction could not be mailed');
      return 'failed';
    }
  }
  await prisma.correction.update({
    where: { id },
    data: { contactEmail: null, ...(notify && { notifiedAt: new Date() }) },
  });
  return notify ? 'sent' : 'none';
};
