import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { linkPageMetadata } from '@/lib/link-page-metadata';
import { ZResetQuerySchema } from '@/lib/validation/auth';

import { ResetPasswordView } from './reset-password-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Auth.reset' });
  return linkPageMetadata(t('title'));
};

export default async function ResetPasswordPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = ZResetQuerySchema.parse(await searchParams);
  return <ResetPasswordView locale={locale} token={token} />;
}
