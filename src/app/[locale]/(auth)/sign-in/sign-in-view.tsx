import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AuthField } from '@/components/auth/auth-field';
import { AuthForm } from '@/components/auth/auth-form';
import { Link } from '@/i18n/link';
import type { TSignInQuerySchema } from '@/lib/validation/auth';
import { signInAction } from '@/server/auth/actions';

export type SignInViewProps = { locale: Locale; query: TSignInQuerySchema };

export const SignInView = async ({ locale, query }: SignInViewProps) => {
  const t = await getTranslations('Auth');
  // next-auth's endpoints may send any error code here: all of them get the one generic message.
  const notice = query.error
    ? t('errors.invalidCredentials')
    : query.reset
      ? t('signIn.passwordReset')
      : query.signedOut
        ? t('signIn.signedOut')
        : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <AuthForm
        action={signInAction.bind(null, locale)}
        submitLabel={t('signIn.submit')}
        pendingLabel={t('signIn.pending')}
        notice={notice}
      >
        {query.callbackUrl && <input type="hidden" name="callbackUrl" value={query.callbackUrl} />}
        <AuthField name="email" type="email" label={t('signIn.email')} autoComplete="username" />
        <AuthField
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
        />
      </AuthForm>
      <p>
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t('signIn.forgot')}
        </Link>
      </p>
    </>
  );
};
