import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { getThemeForEdit } from '@/server/themes/get-theme-for-edit';

import { ThemeEditView } from './theme-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditThemePage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'themes.edit');
  const [theme, options] = await Promise.all([
    getThemeForEdit({ id }),
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
  ]);
  if (!theme) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <ThemeEditView locale={locale} theme={theme} options={options} done={done} />;
}
