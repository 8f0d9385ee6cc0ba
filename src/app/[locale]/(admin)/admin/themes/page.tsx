import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminListFilter } from '@/components/admin/admin-list-filter';
import { AdminListTable } from '@/components/admin/admin-list-table';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { Link } from '@/i18n/navigation';
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageActor } from '@/server/content/require-page-actor';
import { findAdminThemes } from '@/server/themes/find-admin-themes';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminThemeListPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'themes.edit');
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t, tForm] = await Promise.all([
    findAdminThemes({ locale, ...query }),
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('heading')}
        actions={
          <Link
            href="/admin/themes/new"
            className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white"
          >
            {t('new')}
          </Link>
        }
      />
      <FlashMessage message={done && tForm(done)} />
      <AdminListFilter query={query} withStatus={false} />
      <AdminListTable
        caption={t('heading')}
        extra={{
          header: t('columnDocuments'),
          cell: (row) => t('documentCount', { count: row.documentCount }),
        }}
        rows={rows}
        basePath="/admin/themes"
      />
    </div>
  );
}
