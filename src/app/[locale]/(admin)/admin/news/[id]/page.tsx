import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { newsType } from '@/server/news/news-type';

import { NewsEditView } from './news-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditNewsPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [news, options] = await Promise.all([
    findContentForEdit(newsType, id),
    findRelationOptions({
      locale,
      kinds: ['countries', 'mechanisms', 'themes', 'documents', 'events'],
    }),
  ]);
  if (!news) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <NewsEditView locale={locale} news={news} options={options} done={done} />;
}
