import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CountryForm } from '@/components/admin/countries/country-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { createCountryAction } from '@/server/countries/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewCountryPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'countries.edit');
  const [options, t, tForm] = await Promise.all([
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/countries', label: tForm('backToList') }}
      />
      <CountryForm
        action={createCountryAction.bind(null, locale)}
        initialValues={{ subregion: 'SOUTH_AMERICA', opcatStatus: 'NOT_PARTY' }}
        options={options}
        mode="create"
      />
    </div>
  );
}
