import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteCooperationAction } from '@/server/cooperations/actions';
import { cooperationType } from '@/server/cooperations/cooperation-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteCooperationPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const cooperation = await findContentForEdit(cooperationType, id);
  if (!cooperation) notFound();
  const { label } = toAdminListRow(cooperation, locale, 'title');
  return (
    <DeleteConfirmation
      name={label ?? cooperation.slug}
      action={deleteCooperationAction.bind(null, locale, id)}
      cancelHref={`/admin/cooperations/${id}`}
    />
  );
}
