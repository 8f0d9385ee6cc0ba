import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AuthField } from '@/components/auth/auth-field';
import { AuthForm } from '@/components/auth/auth-form';
import { Link } from '@/i18n/link';
import { PASSWORD_MIN_LENGTH } from '@/lib/validation/auth';
import { resetPasswordAction } from '@/server/auth/actions';

export type ResetPasswordViewProps = { locale: Locale; token: string | undefined };

export const ResetPasswordView = async ({ locale, token }: ResetPasswordViewProps) => {
  const t = await getTranslations('Auth');
  const requestNew = (
    <p>
      <Link href="/forgot-password" className="text-brand-700 underline">
        {t('reset.requestNew')}
      </Link>
    </p>
  );
  if (!token) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">{t('reset.title')}</h1>
        <p role="alert" className="rounded border-2 border-alert-700 bg-red-50 p-4">
          {t('reset.invalidLink')}
        </p>
        {requestNew}
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('reset.title')}</h1>
      <p>{t('reset.intro')}</p>
      <AuthForm
        action={resetPasswordAction.bind(null, locale)}
        submitLabel={t('reset.submit')}
        pendingLabel={t('reset.pending')}
      >
        <input type="hidden" name="token" value={token} />
        <AuthField
          name="newPassword"
          type="password"
          label={t('reset.newPassword')}
          hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <AuthField
          name="confirmPassword"
          type="password"
          label={t('reset.confirmPassword')}
          autoComplete="new-password"
        />
      </AuthForm>
      {requestNew}
    </>
  );
};
