import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { documentType } from '@/server/documents/document-type';

import { DocumentEditView } from './document-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditDocumentPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [document, options] = await Promise.all([
    findContentForEdit(documentType, id),
    findRelationOptions({ locale, kinds: ['themes', 'countries', 'mechanisms'] }),
  ]);
  if (!document) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <DocumentEditView locale={locale} document={document} options={options} done={done} />;
}
