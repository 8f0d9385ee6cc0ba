import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { requirePageUser } from '@/server/auth/require-page-user';
import { getChangeRequest } from '@/server/changes/get-change-request';
import { findRelationOptions } from '@/server/content/find-relation-options';

import { ChangeReviewView } from './change-review-view';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function ChangeReviewPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'changes.review');
  const [change, options] = await Promise.all([
    getChangeRequest({ id }),
    findRelationOptions({
      locale,
      kinds: ['themes', 'countries', 'mechanisms', 'documents', 'events'],
    }),
  ]);
  if (!change) notFound();
  return <ChangeReviewView locale={locale} change={change} options={options} />;
}
