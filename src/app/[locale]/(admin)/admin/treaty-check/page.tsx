import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZTreatyCheckQuerySchema } from '@/lib/validation/treaty-check';
import { requirePageUser } from '@/server/auth/require-page-user';
import { runTreatyCheckAction, runTreatyCheckFromUntcAction } from '@/server/treaty-check/actions';
import { findTreatyCheckRuns } from '@/server/treaty-check/find-treaty-check-runs';

import { TreatyCheckView } from './treaty-check-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TreatyCheckPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'changes.review');
  const { done } = ZTreatyCheckQuerySchema.parse(await searchParams);
  const { runs, schedule, timeZone } = await findTreatyCheckRuns();
  return (
    <TreatyCheckView
      runs={runs}
      schedule={schedule}
      timeZone={timeZone}
      done={done}
      action={runTreatyCheckAction.bind(null, locale)}
      fetchAction={runTreatyCheckFromUntcAction.bind(null, locale)}
    />
  );
}
