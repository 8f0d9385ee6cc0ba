import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { env } from '@/env';
import { ZRecheckQuerySchema } from '@/lib/validation/sources';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findRecheckFacts } from '@/server/sources/find-recheck-facts';

import { RecheckView } from './recheck-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RecheckPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const { months } = ZRecheckQuerySchema.parse(await searchParams);
  const due = await findRecheckFacts({ locale, months: months ?? env.FACT_RECHECK_MONTHS });
  return <RecheckView due={due} />;
}
