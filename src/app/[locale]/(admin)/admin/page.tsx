import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { navItemsFor } from '@/components/admin/admin-nav';
import { requirePageUser } from '@/server/auth/require-page-user';

import { DashboardView } from './dashboard-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return { title: t('title') };
};

export default async function AdminDashboardPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale);
  const denied = (await searchParams).denied === '1';
  const items = navItemsFor(user).filter((item) => item.href !== '/admin');
  return <DashboardView items={items} denied={denied} />;
}
