import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZSourcesDoneSchema } from '@/lib/validation/sources';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findSources } from '@/server/sources/find-sources';

import { SourcesView } from './sources-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SourcesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const { done } = ZSourcesDoneSchema.parse(await searchParams);
  return <SourcesView sources={await findSources()} done={done} />;
}
