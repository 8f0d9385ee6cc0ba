import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { hashToken } from './hash-token';
import { hashPassword } from './password';

export type ResetPasswordOptions = {
  token: string;
  newPassword: string;
  ipAddress: string | null;
  now?: Date;
};

/**
 * Sets a new password with a mailed token. The token works once and for one hour; using it ends
 * every session of the account (sessionVersion + 1). Throws AppError('INVALID_INPUT', 'token').
 */
export const resetPassword = async ({
  token,
  newPassword,
  ipAddress,
  now = new Date(),
}: ResetPasswordOptions) => {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(newPassword);
  const user = await prisma.$transaction(async (tx) => {
    const reset = await tx.passwordResetToken.findUnique({
      where: { tokenHash },
      include: { user: { select: { id: true, email: true, active: true } } },
    });
    if (!reset || reset.usedAt || reset.expiresAt <= now || !reset.user.active) return null;
    // Claimed with a condition, so two requests racing with one token cannot both succeed.
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return null;
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    return reset.user;
  });
  if (!user) throw new AppError('INVALID_INPUT', 'token');
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: 'auth.password-reset',
    entityType: 'user',
    entityId: user.id,
    ipAddress,
  });
  return { userId: user.id };
};
