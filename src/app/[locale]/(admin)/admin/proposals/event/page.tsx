import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { EventForm } from '@/components/admin/events/event-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findRelationOptions } from '@/server/content/find-relation-options';

type PageProps = { params: Promise<{ locale: Locale }> };

/** An event for the focal point's mechanism (linked to it automatically), sent for review. */
export default async function ProposeEventPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'mechanism.propose');
  const [options, t] = await Promise.all([
    findRelationOptions({ locale, kinds: ['countries', 'documents'], publishedOnly: true }),
    getTranslations('AdminChanges'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('proposeEvent')}
        back={{ href: '/admin/proposals', label: t('myHeading') }}
      />
      <EventForm
        action={proposeChangeAction.bind(null, locale, 'event')}
        initialValues={{ kind: 'WORKSHOP', originalLocale: locale, datePrecision: 'DAY' }}
        options={options}
        mode="propose"
      />
    </div>
  );
}
