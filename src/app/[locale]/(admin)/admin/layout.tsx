import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';

import { AdminNav } from '@/components/admin/admin-nav';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { routing } from '@/i18n/routing';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getPathAfterLocale } from '@/server/i18n/get-path-after-locale';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type AdminLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

/** Without a session: to sign-in (user experience only; actions and domain code check). */
export default async function AdminLayout({ children, params }: AdminLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const user = await requirePageUser(locale);
  const [t, pathAfterLocale] = await Promise.all([
    getTranslations('AdminShell'),
    getPathAfterLocale(),
  ]);
  const path = pathAfterLocale?.split('?')[0] ?? null;
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <aside className="space-y-4">
        <p className="text-sm text-slate-700">
          {t('signedInAs', { name: user.name ?? user.email, role: t('role', { role: user.role }) })}
        </p>
        <AdminNav user={user} path={path} />
        <SignOutButton locale={locale} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
