import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteMechanismAction } from '@/server/mechanisms/actions';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteMechanismPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const mechanism = await findContentForEdit(mechanismType, id);
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
