import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { RecommendationForm } from '@/components/admin/recommendations/recommendation-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { createRecommendationAction } from '@/server/recommendations/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewRecommendationPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms', 'themes'] }),
    getTranslations('AdminRecommendations'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/recommendations', label: tForm('backToList') }}
      />
      <RecommendationForm
        action={createRecommendationAction.bind(null, locale)}
        initialValues={{ originalLocale: locale, body: 'CAT', position: 'UNKNOWN' }}
        options={options}
        mode="create"
      />
    </div>
  );
}
