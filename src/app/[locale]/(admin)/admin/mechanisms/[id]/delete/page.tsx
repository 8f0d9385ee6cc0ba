import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteMechanismAction } from '@/server/mechanisms/actions';
import { getMechanismForEdit } from '@/server/mechanisms/get-mechanism-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteMechanismPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.delete');
  const mechanism = await getMechanismForEdit({ id });
  if (!mechanism) notFound();
  const { label } = toAdminListRow(mechanism, locale, 'name');
  return (
    <DeleteConfirmation
      name={label ?? mechanism.slug}
      action={deleteMechanismAction.bind(null, locale, id)}
      cancelHref={`/admin/mechanisms/${id}`}
    />
  );
}
