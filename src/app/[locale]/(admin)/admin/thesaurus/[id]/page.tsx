import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { requirePageUser } from '@/server/auth/require-page-user';
import { getThesaurusConcept } from '@/server/thesaurus/get-thesaurus-concept';

import { ThesaurusConceptEditView } from './thesaurus-concept-edit-view';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function EditThesaurusConceptPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'thesaurus.edit');
  const concept = await getThesaurusConcept({ id });
  if (!concept) notFound();
  return <ThesaurusConceptEditView locale={locale} concept={concept} />;
}
