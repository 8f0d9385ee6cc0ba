import 'server-only';

import { cache } from 'react';
import { getServerSession } from 'next-auth';
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

export type AppSession = { user: SessionUser };

const ZTokenSessionSchema = z.object({
  user: z.object({ id: z.string().min(1), sv: z.number().int() }),
});

/**
 * The signed-in user, or null. The cookie alone is not trusted: the user must still exist, be
 * active, and have the sessionVersion the token was issued with (a password change or reset
 * bumps it and so ends every older session). Cached per request.
 */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const parsed = ZTokenSessionSchema.safeParse(await getServerSession(getAuthOptions()));
  if (!parsed.success) return null;
  const { id, sv } = parsed.data.user;
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      mechanismId: true,
      active: true,
      sessionVersion: true,
    },
  });
  if (!user || !user.active || user.sessionVersion !== sv) return null;
  const { active: _active, sessionVersion: _sessionVersion, ...sessionUser } = user;
  return { user: sessionUser };
});

/** The signed-in user; throws AppError('UNAUTHENTICATED') otherwise. */
export const requireUser = async (): Promise<SessionUser> => {
  const session = await getSession();
  if (!session) throw new AppError('UNAUTHENTICATED');
  return session.user;
};

/** The signed-in user if their role has `permission`; throws UNAUTHENTICATED or FORBIDDEN. */
export const requirePermission = async (permission: Permission): Promise<SessionUser> => {
  const user = await requireUser();
  if (!hasPermission(user.role, permission)) {
    throw new AppError('FORBIDDEN', `${user.role} may not ${permission}`);
  }
  return user;
};
