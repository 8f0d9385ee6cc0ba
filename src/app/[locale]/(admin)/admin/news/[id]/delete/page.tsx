import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteNewsAction } from '@/server/news/actions';
import { newsType } from '@/server/news/news-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteNewsPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const news = await findContentForEdit(newsType, id);
  if (!news) notFound();
  const { label } = toAdminListRow(news, locale, 'title');
  return (
    <DeleteConfirmation
      name={label ?? news.slug}
      action={deleteNewsAction.bind(null, locale, id)}
      cancelHref={`/admin/news/${id}`}
    />
  );
}
