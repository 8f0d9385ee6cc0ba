import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminListFilter } from '@/components/admin/admin-list-filter';
import { AdminListTable } from '@/components/admin/admin-list-table';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { Link } from '@/i18n/navigation';
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageActor } from '@/server/content/require-page-actor';
import { findAdminCountries } from '@/server/countries/find-admin-countries';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminCountryListPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'countries.edit');
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t, tForm, tOpcat] = await Promise.all([
    findAdminCountries({ locale, ...query }),
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
    getTranslations('OpcatStatus'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('heading')}
        actions={
          <Link
            href="/admin/countries/new"
            className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white"
          >
            {t('new')}
          </Link>
        }
      />
      <FlashMessage message={done && tForm(done)} />
      <AdminListFilter query={query} />
      <AdminListTable
        caption={t('heading')}
        extra={{
          header: t('opcatStatus'),
          cell: (row) => tOpcat('label', { status: row.opcatStatus }),
        }}
        rows={rows}
        basePath="/admin/countries"
        previewPath="/admin/preview/countries"
      />
    </div>
  );
}
