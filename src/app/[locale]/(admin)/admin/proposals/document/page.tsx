import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { DocumentForm } from '@/components/admin/documents/document-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findRelationOptions } from '@/server/content/find-relation-options';

type PageProps = { params: Promise<{ locale: Locale }> };

/** A document for the focal point's mechanism (linked to it automatically), sent for review. */
export default async function ProposeDocumentPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'mechanism.propose');
  const [options, t] = await Promise.all([
    findRelationOptions({ locale, kinds: ['themes', 'countries'], publishedOnly: true }),
    getTranslations('AdminChanges'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('proposeDocument')}
        back={{ href: '/admin/proposals', label: t('myHeading') }}
      />
      <DocumentForm
        action={proposeChangeAction.bind(null, locale, 'document')}
        initialValues={{ type: 'REPORT', originalLocale: locale }}
        options={options}
        mode="propose"
      />
    </div>
  );
}
