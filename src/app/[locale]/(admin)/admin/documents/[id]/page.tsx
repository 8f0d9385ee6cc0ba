import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { getDocumentForEdit } from '@/server/documents/get-document-for-edit';

import { DocumentEditView } from './document-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditDocumentPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.edit');
  const [document, options] = await Promise.all([
    getDocumentForEdit({ id }),
    findRelationOptions({ locale, kinds: ['themes', 'countries', 'mechanisms'] }),
  ]);
  if (!document) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <DocumentEditView locale={locale} document={document} options={options} done={done} />;
}
