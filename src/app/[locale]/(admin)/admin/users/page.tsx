import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZUsersQuerySchema } from '@/lib/validation/users';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findMechanismChoices } from '@/server/users/find-mechanism-choices';
import { findUsers } from '@/server/users/find-users';

import { UsersView } from './users-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  return { title: t('title') };
};

export default async function AdminUsersPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale, 'users.manage');
  const query = ZUsersQuerySchema.parse(await searchParams);
  const actor = { ...user, mechanismId: user.mechanismId };
  const [users, mechanisms] = await Promise.all([
    findUsers({ actor, locale }),
    findMechanismChoices({ locale }),
  ]);
  return (
    <UsersView
      locale={locale}
      currentUserId={user.id}
      users={users}
      mechanisms={mechanisms}
      query={query}
    />
  );
}
