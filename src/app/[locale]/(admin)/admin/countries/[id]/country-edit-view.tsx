import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { CountryForm } from '@/components/admin/countries/country-form';
import { FlashMessage } from '@/components/admin/flash-message';
import { Link } from '@/i18n/link';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishCountryAction, updateCountryAction } from '@/server/countries/actions';
import type { CountryForEdit } from '@/server/countries/country-type';
import { toCountryFormValues } from '@/server/countries/to-country-form-values';

export type CountryEditViewProps = {
  locale: Locale;
  country: CountryForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const CountryEditView = async ({ locale, country, options, done }: CountryEditViewProps) => {
  const [t, tForm, tSources] = await Promise.all([
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
    getTranslations('AdminSources'),
  ]);
  const path = `/admin/countries/${country.id}`;
  const missing = missingLocales(country.translations, 'name');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/countries', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={country.status}
          missing={missing}
          previewHref={`/admin/preview/countries/${country.slug}`}
          deleteHref={`${path}/delete`}
          publish={publishCountryAction.bind(null, locale, country.id, true)}
          unpublish={publishCountryAction.bind(null, locale, country.id, false)}
        />
        <p>
          <Link
            href={`/admin/sources/facts/country/${country.id}`}
            className="text-brand-700 underline"
          >
            {tSources('editCitations')}
          </Link>
        </p>
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <CountryForm
        key={country.version}
        action={updateCountryAction.bind(null, locale, country.id)}
        initialValues={toCountryFormValues(country)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
