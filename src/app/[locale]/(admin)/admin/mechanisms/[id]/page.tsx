import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { getMechanismForEdit } from '@/server/mechanisms/get-mechanism-for-edit';

import { MechanismEditView } from './mechanism-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditMechanismPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.edit');
  const [mechanism, options] = await Promise.all([
    getMechanismForEdit({ id }),
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms'] }),
  ]);
  if (!mechanism) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <MechanismEditView locale={locale} mechanism={mechanism} options={options} done={done} />;
}
