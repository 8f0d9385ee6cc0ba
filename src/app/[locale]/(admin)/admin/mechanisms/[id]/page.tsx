import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

import { MechanismEditView } from './mechanism-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditMechanismPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [mechanism, options] = await Promise.all([
    findContentForEdit(mechanismType, id),
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms'] }),
  ]);
  if (!mechanism) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <MechanismEditView locale={locale} mechanism={mechanism} options={options} done={done} />;
}
