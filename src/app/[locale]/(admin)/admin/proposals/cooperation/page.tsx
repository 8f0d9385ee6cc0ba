import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CooperationForm } from '@/components/admin/cooperations/cooperation-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findRelationOptions } from '@/server/content/find-relation-options';

type PageProps = { params: Promise<{ locale: Locale }> };

/** An exchange or cooperation of the focal point's mechanism with others, sent for review. */
export default async function ProposeCooperationPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'mechanism.propose');
  const [options, t] = await Promise.all([
    findRelationOptions({ locale, kinds: ['mechanisms', 'documents'], publishedOnly: true }),
    getTranslations('AdminChanges'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('proposeCooperation')}
        back={{ href: '/admin/proposals', label: t('myHeading') }}
      >
        <p className="text-slate-700">{t('proposeCooperationHint')}</p>
      </AdminPageHeader>
      <CooperationForm
        action={proposeChangeAction.bind(null, locale, 'cooperation')}
        initialValues={{ kind: 'EXCHANGE', originalLocale: locale }}
        options={options}
        mode="propose"
      />
    </div>
  );
}
