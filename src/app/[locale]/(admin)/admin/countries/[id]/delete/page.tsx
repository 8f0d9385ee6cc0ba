import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteCountryAction } from '@/server/countries/actions';
import { countryType } from '@/server/countries/country-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteCountryPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const country = await findContentForEdit(countryType, id);
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
