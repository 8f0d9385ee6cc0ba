import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { DocumentForm } from '@/components/admin/documents/document-form';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { createDocumentAction } from '@/server/documents/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewDocumentPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.edit');
  const [options, t, tForm] = await Promise.all([
    findRelationOptions({ locale, kinds: ['themes', 'countries', 'mechanisms'] }),
    getTranslations('AdminDocuments'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/documents', label: tForm('backToList') }}
      />
      <DocumentForm
        action={createDocumentAction.bind(null, locale)}
        initialValues={{ type: 'REPORT', originalLocale: locale }}
        options={options}
        mode="create"
      />
    </div>
  );
}
