import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZThesaurusDoneSchema } from '@/lib/validation/thesaurus';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findThesaurusConcepts } from '@/server/thesaurus/find-thesaurus-concepts';

import { ThesaurusView } from './thesaurus-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ThesaurusPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'thesaurus.edit');
  const { done } = ZThesaurusDoneSchema.parse(await searchParams);
  return <ThesaurusView concepts={await findThesaurusConcepts()} done={done} />;
}
