import { getTranslations } from 'next-intl/server';

import type { Role } from '@/generated/prisma/enums';
import { Link } from '@/i18n/link';
import { hasPermission } from '@/server/auth/permissions';

import { ADMIN_NAV_ITEMS, type AdminNavItem } from './admin-nav-items';

type NavUser = { role: Role; mechanismId: string | null };

/** The sections a user may open (links only: every page and action checks again). */
export const navItemsFor = ({ role, mechanismId }: NavUser): readonly AdminNavItem[] =>
  ADMIN_NAV_ITEMS.filter(
    (item) =>
      (!item.permission || hasPermission(role, item.permission)) &&
      (!item.requiresMechanism || mechanismId !== null),
  );

const isCurrent = (href: string, path: string | null) =>
  path !== null &&
  (href === '/admin' ? path === href : path === href || path.startsWith(`${href}/`));

export type AdminNavProps = {
  user: NavUser;
  /** The current path without the locale, to mark the current section. */
  path: string | null;
};

export const AdminNav = async ({ user, path }: AdminNavProps) => {
  const [t, tShell] = await Promise.all([getTranslations(), getTranslations('AdminShell')]);
  return (
    <nav aria-label={tShell('navLabel')}>
      <ul className="space-y-1">
        {navItemsFor(user).map((item) => {
          const current = isCurrent(item.href, path);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded px-3 py-1.5 hover:bg-brand-50 ${
                  current ? 'bg-brand-50 font-semibold text-brand-900' : 'text-brand-700'
                }`}
              >
                {item.label(t)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
