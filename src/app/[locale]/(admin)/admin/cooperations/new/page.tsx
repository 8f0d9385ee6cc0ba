import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CooperationForm } from '@/components/admin/cooperations/cooperation-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { createCooperationAction } from '@/server/cooperations/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewCooperationPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({ locale, kinds: ['mechanisms', 'documents'] }),
    getTranslations('AdminCooperations'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/cooperations', label: tForm('backToList') }}
      />
      <CooperationForm
        action={createCooperationAction.bind(null, locale)}
        initialValues={{ kind: 'AGREEMENT', originalLocale: locale }}
        options={options}
        mode="create"
      />
    </div>
  );
}
