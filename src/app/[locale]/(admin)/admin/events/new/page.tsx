import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { EventForm } from '@/components/admin/events/event-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { createEventAction } from '@/server/events/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewEventPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms', 'documents'] }),
    getTranslations('AdminEvents'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/events', label: tForm('backToList') }}
      />
      <EventForm
        action={createEventAction.bind(null, locale)}
        initialValues={{ kind: 'WORKSHOP', originalLocale: locale, datePrecision: 'DAY' }}
        options={options}
        mode="create"
      />
    </div>
  );
}
