import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteDocumentAction } from '@/server/documents/actions';
import { documentType } from '@/server/documents/document-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteDocumentPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const document = await findContentForEdit(documentType, id);
  if (!document) notFound();
  const title =
    document.translations.find((t) => t.locale === locale)?.title ??
    document.translations[0]?.title ??
    document.slug;
  return (
    <DeleteConfirmation
      name={title}
      action={deleteDocumentAction.bind(null, locale, id)}
      cancelHref={`/admin/documents/${id}`}
    />
  );
}
