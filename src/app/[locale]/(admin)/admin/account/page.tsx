import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { requirePageUser } from '@/server/auth/require-page-user';

import { AccountView } from './account-view';

type PageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('title') };
};

export default async function AccountPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale);
  return <AccountView locale={locale} user={user} />;
}
