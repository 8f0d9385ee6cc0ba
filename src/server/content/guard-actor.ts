import 'server-only';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { Permission } from '@/server/auth/permissions';
import { isAppError } from '@/server/errors';

import type { Actor } from './actor';
import { requireActor } from './require-actor';

/**
 * A refused action is an expected answer, not a crash: no session goes to the sign-in page, a
 * missing permission to the dashboard, which says so (as the page guards do). One log line.
 */
export const refuseAccess = (error: unknown, locale: AppLocale): never => {
  if (isAppError(error, 'UNAUTHENTICATED')) return redirect({ href: '/sign-in', locale });
  if (!isAppError(error, 'FORBIDDEN')) throw error;
  console.warn(`[actions] refused: ${error.message}`);
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
