import 'server-only';

import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { z } from 'zod';

import type { Role } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { getAuthOptions } from './options';
import { hasPermission, type Permission } from './permissions';

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The mechanism a focal point speaks for; null for other roles. */
  mechanismId: string | null;
};

/** `sessionId` is the UserSession row behind the cookie, which sign-out revokes. */
export type AppSession = { user: SessionUser; sessionId: string };

const ZTokenSessionSchema = z.object({
  user: z.object({ id: z.string().min(1), sv: z.number().int(), sid: z.string().min(1) }),
});

/**
 * The signed-in user, or null. The cookie alone is not trusted: its session must not be revoked
 * (sign-out) or expired, and the user must still exist, be active, and have the sessionVersion
 * the token was issued with (a password change or reset bumps it and so ends every older
 * session). One query, cached per request.
 */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const parsed = ZTokenSessionSchema.safeParse(await getServerSession(getAuthOptions()));
  if (!parsed.success) return null;
  const { id, sv, sid } = parsed.data.user;
  const session = await prisma.userSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          mechanismId: true,
          active: true,
          sessionVersion: true,
        },
      },
    },
  });
  if (!session || session.userId !== id || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= Date.now()) return null;
  const { active, sessionVersion, ...sessionUser } = session.user;
  if (!active || sessionVersion !== sv) return null;
  return { user: sessionUser, sessionId: sid };
});

/** The signed-in session; throws AppError('UNAUTHENTICATED') otherwise. */
export const requireSession = async (): Promise<AppSession> => {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED');
  return session;
};

/** The signed-in user; throws AppError('UNAUTHENTICATED') otherwise. */
export const requireUser = async (): Promise<SessionUser> => (await requireSession()).user;

/** The signed-in user if their role has `permission`; throws UNAUTHENTICATED or FORBIDDEN. */
export const requirePermission = async (permission: Permission): Promise<SessionUser> => {
  const user = await requireUser();
  if (!hasPermission(user.role, permission)) {
    throw new AppError('FORBIDDEN', `${user.role} may not ${permission}`);
  }
  return user;
};
