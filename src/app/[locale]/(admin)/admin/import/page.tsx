import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CsvImportForm } from '@/components/admin/csv-import-form';
import { CONTENT_IMPORT_TYPES } from '@/lib/validation/content-import';
import { requirePageUser } from '@/server/auth/require-page-user';
import { importContentAction } from '@/server/content-import/actions';
import { IMPORT_FORMATS } from '@/server/content-import/import-formats';

type PageProps = { params: Promise<{ locale: Locale }> };

/** Editors check, then import, a CSV of documents, events or mechanisms (an export, say). */
export default async function ImportContentPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [t, tDocuments, tEvents, tMechanisms] = await Promise.all([
    getTranslations('ContentImport'),
    getTranslations('AdminDocuments'),
    getTranslations('AdminEvents'),
    getTranslations('AdminMechanisms'),
  ]);
  const typeLabel = {
    documents: tDocuments('heading'),
    events: tEvents('heading'),
    mechanisms: tMechanisms('heading'),
  };
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('heading')}>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="max-w-3xl text-slate-700">{t('publishing')}</p>
      </AdminPageHeader>
      <CsvImportForm
        action={importContentAction.bind(null, locale)}
        types={CONTENT_IMPORT_TYPES.map((value) => ({ value, label: typeLabel[value] }))}
        withZip
        labels={{
          type: t('type'),
          file: t('file'),
          zip: t('zip'),
          publish: t('publish'),
          dryRun: t('dryRun'),
          commit: t('commit'),
          errorsCaption: t('errorsCaption'),
          line: t('line'),
          field: t('field'),
          reason: t('reason'),
        }}
      />
      <section className="space-y-2 text-sm">
        <h2 className="text-base font-semibold">{t('columnsCaption')}</h2>
        {CONTENT_IMPORT_TYPES.map((type) => (
          <p key={type} className="break-words">
            {t('columns', {
              type: typeLabel[type],
              columns: Object.keys(IMPORT_FORMATS[type].columns).join(', '),
            })}
          </p>
        ))}
      </section>
    </div>
  );
}
