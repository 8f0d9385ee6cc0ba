import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { ZSourcesDoneSchema } from '@/lib/validation/sources';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findChangeRequests } from '@/server/changes/find-change-requests';
import { findDataProposals } from '@/server/data-review/find-data-proposals';

import { ChangesView } from './changes-view';
import { DataProposalList } from './data-proposal-list';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChangesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'changes.review');
  const query = await searchParams;
  const { done } = ZDoneQuerySchema.parse(query);
  const [changes, dataProposals, t, tForm] = await Promise.all([
    findChangeRequests({ status: 'PENDING' }),
    findDataProposals({ locale }),
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
      <DataProposalList
        locale={locale}
        proposals={dataProposals}
        done={ZSourcesDoneSchema.parse(query).done}
      />
    </div>
  );
}
