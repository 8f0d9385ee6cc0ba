import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminListPage } from '@/components/admin/admin-list-page';
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findAdminContent } from '@/server/content/find-admin-content';
import { themeType } from '@/server/themes/theme-type';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminThemeListPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'themes.edit');
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t] = await Promise.all([
    findAdminContent(themeType, { locale, ...query }),
    getTranslations('AdminThemes'),
  ]);
  return (
    <AdminListPage
      heading={t('heading')}
      newLabel={t('new')}
      query={query}
      done={done}
      rows={rows}
      basePath="/admin/themes"
      withStatus={false}
      extra={{
        header: t('columnDocuments'),
        cell: (row) => t('documentCount', { count: row.documentCount }),
      }}
    />
  );
}
