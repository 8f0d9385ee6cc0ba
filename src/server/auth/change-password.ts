import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { hashPassword, verifyPassword } from './password';
import { accountLimitKey, rateLimits } from './rate-limits';
import { throttleAttempt } from './throttle-attempt';

export type ChangePasswordOptions = {
  userId: string;
  currentPassword: string;
  newPassword: string;
  ipAddress: string | null;
};

/**
 * Changes a signed-in user's password after checking the current one (failures slowed down per
 * account, like sign-in). Bumps sessionVersion, so every other session ends; returns the new
 * version for the caller to re-issue the current browser's cookie. Throws INVALID_INPUT or
 * RATE_LIMITED.
 */
export const changePassword = async ({
  userId,
  currentPassword,
  newPassword,
  ipAddress,
}: ChangePasswordOptions) => {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) throw new AppError('UNAUTHENTICATED');
  const attempt = await throttleAttempt([
    [rateLimits.passwordChange, accountLimitKey(user, user.email)],
  ]);
  if (!attempt.allowed) {
    await recordAudit({ actor: user, action: 'auth.password-change-blocked', ipAddress });
    throw new AppError('RATE_LIMITED');
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordAudit({ actor: user, action: 'auth.password-change-failed', ipAddress });
    throw new AppError('INVALID_INPUT', 'currentPassword');
  }
  await attempt.succeeded();
  const updated = await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  await recordAudit({
    actor: user,
    action: 'auth.password-change',
    entityType: 'user',
    entityId: userId,
    ipAddress,
  });
  return updated;
};
