import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { NewsForm } from '@/components/admin/news/news-form';
import { dateValue } from '@/lib/forms/form-values';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findRelationOptions } from '@/server/content/find-relation-options';

type PageProps = { params: Promise<{ locale: Locale }> };

/** A news item about the focal point's mechanism (linked to it automatically), sent for review. */
export default async function ProposeNewsPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'mechanism.propose');
  const [options, t, tNews] = await Promise.all([
    findRelationOptions({
      locale,
      kinds: ['countries', 'themes', 'documents', 'events'],
      publishedOnly: true,
    }),
    getTranslations('AdminChanges'),
    getTranslations('AdminNews'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={tNews('propose')}
        back={{ href: '/admin/proposals', label: t('myHeading') }}
      />
      <NewsForm
        action={proposeChangeAction.bind(null, locale, 'news')}
        initialValues={{ originalLocale: locale, publishedOn: dateValue(new Date()) }}
        options={options}
        mode="propose"
      />
    </div>
  );
}
