import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminListPage } from '@/components/admin/admin-list-page';
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findAdminContent } from '@/server/content/find-admin-content';
import { newsType } from '@/server/news/news-type';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminNewsListPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t] = await Promise.all([
    findAdminContent(newsType, { locale, ...query }),
    getTranslations('AdminNews'),
  ]);
  return (
    <AdminListPage
      heading={t('heading')}
      newLabel={t('new')}
      query={query}
      done={done}
      rows={rows}
      basePath="/admin/news"
      previewPath="/admin/preview/news"
    />
  );
}
