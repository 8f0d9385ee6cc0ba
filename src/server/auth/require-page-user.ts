import 'server-only';

import { headers } from 'next/headers';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { PATH_HEADER } from '@/server/i18n/path-header';

import { hasPermission, type Permission } from './permissions';
import { getSession, type SessionUser } from './session';

/**
 * For back-office PAGES (user experience, not security: actions and domain functions check
 * again). No session: to sign-in, then back here. Missing permission: to the dashboard, which
 * says so.
 */
export const requirePageUser = async (
  locale: AppLocale,
  permission?: Permission,
): Promise<SessionUser> => {
  const session = await getSession();
  if (!session) {
    const callbackUrl = (await headers()).get(PATH_HEADER) ?? undefined;
    return redirect({
      href: { pathname: '/sign-in', query: callbackUrl ? { callbackUrl } : {} },
      locale,
    });
  }
  if (permission && !hasPermission(session.user.role, permission)) {
    return redirect({ href: { pathname: '/admin', query: { denied: '1' } }, locale });
  }
  return session.user;
};
