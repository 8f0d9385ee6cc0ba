import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AuthField } from '@/components/auth/auth-field';
import { AuthForm } from '@/components/auth/auth-form';
import { Link } from '@/i18n/link';
import { forgotPasswordAction } from '@/server/auth/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth.forgot' });
  return { title: t('title') };
};

export default async function ForgotPasswordPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth.forgot');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p>{t('intro')}</p>
      <AuthForm
        action={forgotPasswordAction.bind(null, locale)}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      >
        <AuthField name="email" type="email" label={t('email')} autoComplete="username" />
      </AuthForm>
      <p>
        <Link href="/sign-in" className="text-brand-700 underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </>
  );
}
