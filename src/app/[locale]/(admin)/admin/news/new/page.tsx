import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { NewsForm } from '@/components/admin/news/news-form';
import { dateValue } from '@/lib/forms/form-values';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { createNewsAction } from '@/server/news/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewNewsPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({
      locale,
      kinds: ['countries', 'mechanisms', 'themes', 'documents', 'events'],
    }),
    getTranslations('AdminNews'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/news', label: tForm('backToList') }}
      />
      <NewsForm
        action={createNewsAction.bind(null, locale)}
        initialValues={{ originalLocale: locale, publishedOn: dateValue(new Date()) }}
        options={options}
        mode="create"
      />
    </div>
  );
}
