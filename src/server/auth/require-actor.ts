import 'server-only';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { isAppError } from '@/server/errors';
import { logger } from '@/server/log/logger';

import type { Actor } from './actor';
import type { Permission } from './permissions';
import { requirePermission } from './session';

/** The signed-in user as an Actor, if they hold `permission` (else the session guard throws). */
export const requireActor = async (permission: Permission): Promise<Actor> => {
  const user = await requirePermission(permission);
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    mechanismId: user.mechanismId ?? null,
  };
};

/**
 * A refused action is an expected answer, not a crash: no session goes to the sign-in page, a
 * missing permission to the dashboard, which says so (as the page guards do). One log line.
 */
export const refuseAccess = (error: unknown, locale: AppLocale): never => {
  if (isAppError(error, 'UNAUTHENTICATED')) return redirect({ href: '/sign-in', locale });
  if (!isAppError(error, 'FORBIDDEN')) throw error;
  logger.warn({ reason: error.message }, 'actions: refused');
  return redirect({ href: { pathname: '/admin', query: { denied: '1' } }, locale });
};

/** requireActor for server actions: a refusal redirects (refuseAccess) instead of throwing. */
export const guardActor = async (permission: Permission, locale: AppLocale): Promise<Actor> => {
  try {
    return await requireActor(permission);
  } catch (error) {
    return refuseAccess(error, locale);
  }
};
