import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteCountryAction } from '@/server/countries/actions';
import { getCountryForEdit } from '@/server/countries/get-country-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteCountryPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.delete');
  const country = await getCountryForEdit({ id });
  if (!country) notFound();
  const { label } = toAdminListRow(country, locale, 'name');
  return (
    <DeleteConfirmation
      name={label ?? country.slug}
      action={deleteCountryAction.bind(null, locale, id)}
      cancelHref={`/admin/countries/${id}`}
    />
  );
}
