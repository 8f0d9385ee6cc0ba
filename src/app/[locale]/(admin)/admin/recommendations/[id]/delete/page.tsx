import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteRecommendationAction } from '@/server/recommendations/actions';
import { recommendationType } from '@/server/recommendations/recommendation-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteRecommendationPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const item = await findContentForEdit(recommendationType, id);
  if (!item) notFound();
  return (
    <DeleteConfirmation
      name={`${item.symbol} § ${item.paragraph}`}
      action={deleteRecommendationAction.bind(null, locale, id)}
      cancelHref={`/admin/recommendations/${id}`}
    />
  );
}
