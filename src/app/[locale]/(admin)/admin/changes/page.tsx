import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findChangeRequests } from '@/server/changes/find-change-requests';

import { ChangesView } from './changes-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChangesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'changes.review');
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  const [changes, t, tForm] = await Promise.all([
    findChangeRequests({ status: 'PENDING' }),
    getTranslations('AdminChanges'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('heading')}>
        <p className="text-slate-700">{t('intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <ChangesView locale={locale} changes={changes} />
    </div>
  );
}
