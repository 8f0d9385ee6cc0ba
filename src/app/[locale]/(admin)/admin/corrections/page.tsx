import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZCorrectionQueueQuerySchema } from '@/lib/validation/corrections';
import type { TSearchParams } from '@/lib/validation/search-params';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findCorrections } from '@/server/corrections/find-corrections';

import { CorrectionsView } from './corrections-view';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<TSearchParams> };

export default async function CorrectionsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale, 'changes.review');
  const { status, done } = ZCorrectionQueueQuerySchema.parse(await searchParams);
  const corrections = await findCorrections({ actor: user, status, locale });
  return <CorrectionsView status={status} done={done} corrections={corrections} />;
}
