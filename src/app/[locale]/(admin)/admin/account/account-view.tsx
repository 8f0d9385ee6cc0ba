import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { AuthField } from '@/components/auth/auth-field';
import { AuthForm } from '@/components/auth/auth-form';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/auth';
import { changePasswordAction } from '@/server/auth/actions';
import type { SessionUser } from '@/server/auth/session';

export type AccountViewProps = { locale: Locale; user: SessionUser };

export const AccountView = async ({ locale, user }: AccountViewProps) => {
  const [t, tAuth, tShell] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Auth'),
    getTranslations('AdminShell'),
  ]);
  return (
    <div className="max-w-xl space-y-8">
      <AdminPageHeader title={t('title')} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('email')}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t('role')}</dt>
        <dd>{tShell('role', { role: user.role })}</dd>
      </dl>
      <section aria-labelledby="change-password" className="space-y-4">
        <h2 id="change-password" className="text-2xl font-semibold">
          {t('changeHeading')}
        </h2>
        <p>{t('changeIntro')}</p>
        <AuthForm
          action={changePasswordAction.bind(null, locale)}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
        >
          {/* Lets password managers file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={user.email} />
          <AuthField
            name="currentPassword"
            type="password"
            label={t('currentPassword')}
            autoComplete="current-password"
          />
          <AuthField
            name="newPassword"
            type="password"
            label={t('newPassword')}
            hint={tAuth('passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
          />
          <AuthField
            name="confirmPassword"
            type="password"
            label={t('confirmPassword')}
            autoComplete="new-password"
          />
        </AuthForm>
      </section>
    </div>
  );
};
