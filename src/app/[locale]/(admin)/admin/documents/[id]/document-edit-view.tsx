import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { DocumentForm } from '@/components/admin/documents/document-form';
import { FlashMessage } from '@/components/admin/flash-message';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishDocumentAction, updateDocumentAction } from '@/server/documents/actions';
import type { DocumentForEdit } from '@/server/documents/document-type';
import { toDocumentFormValues } from '@/server/documents/to-document-form-values';

export type DocumentEditViewProps = {
  locale: Locale;
  document: DocumentForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const DocumentEditView = async ({
  locale,
  document,
  options,
  done,
}: DocumentEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminDocuments'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/documents/${document.id}`;
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/documents', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={document.status}
          missing={missingLocales(document.translations, 'title')}
          previewHref={`/admin/preview/documents/${document.slug}`}
          deleteHref={`${path}/delete`}
          publish={publishDocumentAction.bind(null, locale, document.id, true)}
          unpublish={publishDocumentAction.bind(null, locale, document.id, false)}
        />
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <DocumentForm
        key={document.version}
        action={updateDocumentAction.bind(null, locale, document.id)}
        initialValues={toDocumentFormValues(document)}
        options={options}
        mode="save"
        missing={missingLocales(document.translations, 'title')}
        currentFile={document.file?.filename}
        reloadHref={path}
      />
    </div>
  );
};
