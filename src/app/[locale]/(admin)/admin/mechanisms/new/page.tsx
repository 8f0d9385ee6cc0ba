import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { MechanismForm } from '@/components/admin/mechanisms/mechanism-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { createMechanismAction } from '@/server/mechanisms/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewMechanismPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms'] }),
    getTranslations('AdminMechanisms'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/mechanisms', label: tForm('backToList') }}
      />
      <MechanismForm
        action={createMechanismAction.bind(null, locale)}
        initialValues={{ level: 'NATIONAL', originalLocale: locale }}
        options={options}
        mode="create"
      />
    </div>
  );
}
