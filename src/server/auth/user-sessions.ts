import 'server-only';

import { prisma } from '@/server/db';

import { SESSION_MAX_AGE } from './session-max-age';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export type StartUserSessionOptions = { userId: string; ipAddress: string | null };

/**
 * Records a signed-in browser; its id goes into the session cookie. The user's sessions that
 * ended more than a day ago are deleted on the way, so the table does not grow for ever.
 */
export const startUserSession = async ({ userId, ipAddress }: StartUserSessionOptions) => {
  const now = Date.now();
  const [, session] = await prisma.$transaction([
    prisma.userSession.deleteMany({
      where: {
        userId,
        OR: [
          { expiresAt: { lt: new Date(now - ONE_DAY_MS) } },
          { revokedAt: { lt: new Date(now - ONE_DAY_MS) } },
        ],
      },
    }),
    prisma.userSession.create({
      data: { userId, ipAddress, expiresAt: new Date(now + SESSION_MAX_AGE * 1000) },
      select: { id: true },
    }),
  ]);
  return session.id;
};

/** Ends one browser's session on every app instance: its cookie is refused from now on. */
export const revokeUserSession = async (id: string) => {
  await prisma.userSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
};
