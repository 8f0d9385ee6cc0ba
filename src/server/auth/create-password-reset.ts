import 'server-only';

import { prisma } from '@/server/db';

import { generateToken, hashToken } from './hash-token';

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export type CreatePasswordResetOptions = { userId: string; now?: Date };

/**
 * Stores a single-use reset token valid for one hour and returns the token itself, which only the
 * mail carries. Earlier unused tokens of the user stop working: only the newest link is valid.
 */
export const createPasswordReset = async ({
  userId,
  now = new Date(),
}: CreatePasswordResetOptions): Promise<string> => {
  const token = generateToken();
  await prisma.$transaction([
    prisma.passwordResetToken.updateMany({
      where: { userId, usedAt: null },
      data: { usedAt: now },
    }),
    prisma.passwordResetToken.create({
      data: {
        userId,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
      },
    }),
  ]);
  return token;
};
