import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import type { TUsersQuerySchema } from '@/lib/validation/users';
import type { RelationOption } from '@/server/content/find-relation-options';
import type { UserListRow } from '@/server/users/find-users';

import { UserCreateForm } from './user-create-form';
import { UsersTable } from './users-table';

export type UsersViewProps = {
  locale: Locale;
  currentUserId: string;
  users: UserListRow[];
  mechanisms: RelationOption[];
  query: TUsersQuerySchema;
};

export const UsersView = async ({
  locale,
  currentUserId,
  users,
  mechanisms,
  query,
}: UsersViewProps) => {
  const t = await getTranslations('AdminUsers');
  return (
    <div className="space-y-8">
      <AdminPageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={query.done && t('done', { done: query.done })} />
      {query.error && (
        <p role="alert" className="rounded border-2 border-alert-700 bg-red-50 p-4 font-semibold">
          {t(`errors.${query.error}`)}
        </p>
      )}
      <UsersTable locale={locale} currentUserId={currentUserId} users={users} />
      <section aria-labelledby="new-user" className="max-w-xl space-y-4">
        <h2 id="new-user" className="text-2xl font-semibold">
          {t('createHeading')}
        </h2>
        <UserCreateForm locale={locale} mechanisms={mechanisms} />
      </section>
    </div>
  );
};
