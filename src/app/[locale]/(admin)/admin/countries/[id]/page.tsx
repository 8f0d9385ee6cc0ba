import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { getCountryForEdit } from '@/server/countries/get-country-for-edit';

import { CountryEditView } from './country-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditCountryPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'countries.edit');
  const [country, options] = await Promise.all([
    getCountryForEdit({ id }),
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
  ]);
  if (!country) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <CountryEditView locale={locale} country={country} options={options} done={done} />;
}
