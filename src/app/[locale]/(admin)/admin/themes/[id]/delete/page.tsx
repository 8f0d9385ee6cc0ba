import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteThemeAction } from '@/server/themes/actions';
import { themeType } from '@/server/themes/theme-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteThemePage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'themes.edit');
  const theme = await findContentForEdit(themeType, id);
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
