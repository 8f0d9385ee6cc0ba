import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CsvImportForm } from '@/components/admin/csv-import-form';
import { IMPORT_COLUMNS } from '@/lib/validation/recommendation-import';
import { requirePageUser } from '@/server/auth/require-page-user';
import { importRecommendationsAction } from '@/server/recommendations/import/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

/** Editors check, then import, a CSV of recommendations. */
export default async function ImportRecommendationsPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [t, tList] = await Promise.all([
    getTranslations('RecommendationImport'),
    getTranslations('AdminRecommendations'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('heading')}
        back={{ href: '/admin/recommendations', label: tList('heading') }}
      >
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="text-sm">{t('columns', { columns: IMPORT_COLUMNS.join(', ') })}</p>
      </AdminPageHeader>
      <CsvImportForm
        action={importRecommendationsAction.bind(null, locale)}
        labels={{
          file: t('file'),
          publish: t('publish'),
          dryRun: t('dryRun'),
          commit: t('commit'),
          errorsCaption: t('errorsCaption'),
          line: t('line'),
          reason: t('reason'),
        }}
      />
    </div>
  );
}
