import { getTranslations } from 'next-intl/server';

import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { countryType } from '@/server/countries/country-type';

export default function AdminCountryListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={countryType}
      namespace="AdminCountries"
      previewPath="/admin/preview/countries"
      extra={async (t) => {
        const tOpcat = await getTranslations('OpcatStatus');
        return {
          header: t('opcatStatus'),
          cell: (row) => tOpcat('label', { status: row.opcatStatus }),
        };
      }}
    />
  );
}
