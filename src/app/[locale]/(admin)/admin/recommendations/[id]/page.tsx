import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { recommendationType } from '@/server/recommendations/recommendation-type';

import { RecommendationEditView } from './recommendation-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditRecommendationPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [item, options] = await Promise.all([
    findContentForEdit(recommendationType, id),
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms', 'themes'] }),
  ]);
  if (!item) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <RecommendationEditView locale={locale} item={item} options={options} done={done} />;
}
