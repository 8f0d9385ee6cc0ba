import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { ActionButton } from '@/components/admin/action-button';
import { sendUserPasswordLinkAction, setUserActiveAction } from '@/server/users/actions';
import type { UserListRow } from '@/server/users/find-users';

export type UsersTableProps = { locale: Locale; currentUserId: string; users: UserListRow[] };

export const UsersTable = async ({ locale, currentUserId, users }: UsersTableProps) => {
  const t = await getTranslations('AdminUsers');
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="p-2">
              {t('columnEmail')}
            </th>
            <th scope="col" className="p-2">
              {t('columnName')}
            </th>
            <th scope="col" className="p-2">
              {t('columnRole')}
            </th>
            <th scope="col" className="p-2">
              {t('columnMechanism')}
            </th>
            <th scope="col" className="p-2">
              {t('columnStatus')}
            </th>
            <th scope="col" className="p-2">
              {t('columnActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal break-all">
                  {user.email} {self && t('you')}
                </th>
                <td className="p-2">{user.name}</td>
                <td className="p-2">{t('role', { role: user.role })}</td>
                <td className="p-2">
                  {user.mechanism && (
                    <span lang={user.mechanism.nameLocale}>{user.mechanism.name}</span>
                  )}
                </td>
                <td className="p-2">{t('status', { active: String(user.active) })}</td>
                <td className="space-y-2 p-2 text-sm">
                  {user.active && (
                    <ActionButton
                      action={sendUserPasswordLinkAction.bind(null, locale, user.id)}
                      label={t('sendLink')}
                    />
                  )}
                  {!self && (
                    <ActionButton
                      action={setUserActiveAction.bind(null, locale, user.id, !user.active)}
                      label={user.active ? t('deactivate') : t('activate')}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
