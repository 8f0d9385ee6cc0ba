import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import { ZSignInQuerySchema } from '@/lib/validation/auth';
import { getSession } from '@/server/auth/session';

import { SignInView } from './sign-in-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth.signIn' });
  return { title: t('title') };
};

export default async function SignInPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZSignInQuerySchema.parse(await searchParams);
  if (await getSession()) redirect({ href: '/admin', locale });
  return <SignInView locale={locale} query={query} />;
}
