import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type FindUsersOptions = { actor: Actor; locale: AppLocale };

/** Every account, active ones first, for the admins' user list. */
export const findUsers = async ({ actor, locale }: FindUsersOptions) => {
  assertPermission(actor, 'users.manage');
  const rows = await prisma.user.findMany({
    orderBy: [{ active: 'desc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      createdAt: true,
      mechanism: { select: mechanismRefSelect },
    },
  });
  return rows.map(({ mechanism, ...user }) => ({
    ...user,
    mechanism: mechanism ? toMechanismRef(mechanism, locale) : null,
  }));
};

export type UserListRow = Awaited<ReturnType<typeof findUsers>>[number];
