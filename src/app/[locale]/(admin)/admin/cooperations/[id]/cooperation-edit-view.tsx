import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { CooperationForm } from '@/components/admin/cooperations/cooperation-form';
import { FlashMessage } from '@/components/admin/flash-message';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishCooperationAction, updateCooperationAction } from '@/server/cooperations/actions';
import type { CooperationForEdit } from '@/server/cooperations/cooperation-type';
import { toCooperationFormValues } from '@/server/cooperations/to-cooperation-form-values';

export type CooperationEditViewProps = {
  locale: Locale;
  cooperation: CooperationForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const CooperationEditView = async ({
  locale,
  cooperation,
  options,
  done,
}: CooperationEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminCooperations'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/cooperations/${cooperation.id}`;
  const missing = missingLocales(cooperation.translations, 'title');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/cooperations', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={cooperation.status}
          missing={missing}

          deleteHref={`${path}/delete`}
          publish={publishCooperationAction.bind(null, locale, cooperation.id, true)}
          unpublish={publishCooperationAction.bind(null, locale, cooperation.id, false)}
        />
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <CooperationForm
        key={cooperation.version}
        action={updateCooperationAction.bind(null, locale, cooperation.id)}
        initialValues={toCooperationFormValues(cooperation)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
