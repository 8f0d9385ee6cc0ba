import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { cooperationType } from '@/server/cooperations/cooperation-type';

import { CooperationEditView } from './cooperation-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditCooperationPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [cooperation, options] = await Promise.all([
    findContentForEdit(cooperationType, id),
    findRelationOptions({ locale, kinds: ['mechanisms', 'documents'] }),
  ]);
  if (!cooperation) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return (
    <CooperationEditView locale={locale} cooperation={cooperation} options={options} done={done} />
  );
}
