import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { FlashMessage } from '@/components/admin/flash-message';
import { MechanismForm } from '@/components/admin/mechanisms/mechanism-form';
import { Link } from '@/i18n/link';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishMechanismAction, updateMechanismAction } from '@/server/mechanisms/actions';
import type { MechanismForEdit } from '@/server/mechanisms/mechanism-type';
import { toMechanismFormValues } from '@/server/mechanisms/to-mechanism-form-values';

export type MechanismEditViewProps = {
  locale: Locale;
  mechanism: MechanismForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const MechanismEditView = async ({
  locale,
  mechanism,
  options,
  done,
}: MechanismEditViewProps) => {
  const [t, tForm, tSources] = await Promise.all([
    getTranslations('AdminMechanisms'),
    getTranslations('AdminForm'),
    getTranslations('AdminSources'),
  ]);
  const path = `/admin/mechanisms/${mechanism.id}`;
  const missing = missingLocales(mechanism.translations, 'name');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/mechanisms', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={mechanism.status}
          missing={missing}
          previewHref={`/admin/preview/mechanisms/${mechanism.slug}`}
          deleteHref={`${path}/delete`}
          publish={publishMechanismAction.bind(null, locale, mechanism.id, true)}
          unpublish={publishMechanismAction.bind(null, locale, mechanism.id, false)}
        />
        <p>
          <Link
            href={`/admin/sources/facts/mechanism/${mechanism.id}`}
            className="text-brand-700 underline"
          >
            {tSources('editCitations')}
          </Link>
        </p>
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <MechanismForm
        key={mechanism.version}
        action={updateMechanismAction.bind(null, locale, mechanism.id)}
        initialValues={toMechanismFormValues(mechanism)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
