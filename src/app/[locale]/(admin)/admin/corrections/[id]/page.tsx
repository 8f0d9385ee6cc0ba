import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZCorrectionQueueQuerySchema } from '@/lib/validation/corrections';
import type { TSearchParams } from '@/lib/validation/search-params';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getCorrection } from '@/server/corrections/get-correction';

import { CorrectionReviewView } from './correction-review-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<TSearchParams>;
};

export default async function CorrectionReviewPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale, 'changes.review');
  const { done } = ZCorrectionQueueQuerySchema.parse(await searchParams);
  const correction = await getCorrection({ actor: user, id, locale });
  if (!correction) notFound();
  return <CorrectionReviewView locale={locale} correction={correction} done={done} />;
}
