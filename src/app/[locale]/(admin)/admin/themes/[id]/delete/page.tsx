import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteThemeAction } from '@/server/themes/actions';
import { getThemeForEdit } from '@/server/themes/get-theme-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteThemePage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'themes.edit');
  const theme = await getThemeForEdit({ id });
  if (!theme) notFound();
  const { label } = toAdminListRow(theme, locale, 'label');
  return (
    <DeleteConfirmation
      name={label ?? theme.slug}
      action={deleteThemeAction.bind(null, locale, id)}
      cancelHref={`/admin/themes/${id}`}
    />
  );
}
