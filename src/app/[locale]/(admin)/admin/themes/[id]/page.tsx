import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { themeType } from '@/server/themes/theme-type';

import { ThemeEditView } from './theme-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditThemePage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'themes.edit');
  const [theme, options] = await Promise.all([
    findContentForEdit(themeType, id),
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
  ]);
  if (!theme) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <ThemeEditView locale={locale} theme={theme} options={options} done={done} />;
}
