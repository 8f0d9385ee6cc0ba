import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteDocumentAction } from '@/server/documents/actions';
import { getDocumentForEdit } from '@/server/documents/get-document-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteDocumentPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.delete');
  const document = await getDocumentForEdit({ id });
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
