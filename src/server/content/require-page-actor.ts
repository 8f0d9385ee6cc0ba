import 'server-only';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { hasPermission, type Permission } from '@/server/auth/permissions';
import { getSession } from '@/server/auth/session';

import type { Actor } from './actor';

/**
 * For back-office pages: the signed-in Actor, else a redirect (sign-in, or the dashboard when the
 * role lacks `permission`). User experience only: actions and domain functions check again.
 */
export const requirePageActor = async (
  locale: AppLocale,
  permission: Permission,
): Promise<Actor> => {
  const session = await getSession();
  if (!session) return redirect({ href: '/sign-in', locale });
  if (!hasPermission(session.user.role, permission)) {
    return redirect({ href: { pathname: '/admin', query: { denied: '1' } }, locale });
  }
  const { id, email, role, mechanismId } = session.user;
  return { id, email, role, mechanismId };
};
