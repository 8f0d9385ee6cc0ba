import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteCooperationAction } from '@/server/cooperations/actions';
import { getCooperationForEdit } from '@/server/cooperations/get-cooperation-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteCooperationPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.delete');
  const cooperation = await getCooperationForEdit({ id });
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
