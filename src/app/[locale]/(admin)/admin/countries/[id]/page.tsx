import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { countryType } from '@/server/countries/country-type';

import { CountryEditView } from './country-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditCountryPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'countries.edit');
  const [country, options] = await Promise.all([
    findContentForEdit(countryType, id),
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
  ]);
  if (!country) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <CountryEditView locale={locale} country={country} options={options} done={done} />;
}
