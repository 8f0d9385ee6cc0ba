import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminListPage } from '@/components/admin/admin-list-page';
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findAdminContent } from '@/server/content/find-admin-content';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminMechanismListPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t] = await Promise.all([
    findAdminContent(mechanismType, { locale, ...query }),
    getTranslations('AdminMechanisms'),
  ]);
  return (
    <AdminListPage
      heading={t('heading')}
      newLabel={t('new')}
      query={query}
      done={done}
      rows={rows}
      basePath="/admin/mechanisms"
      previewPath="/admin/preview/mechanisms"
      extra={{ header: t('countryColumn'), cell: (row) => row.countryName }}
    />
  );
}
