import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { FlashMessage } from '@/components/admin/flash-message';
import { RecommendationForm } from '@/components/admin/recommendations/recommendation-form';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import {
  publishRecommendationAction,
  updateRecommendationAction,
} from '@/server/recommendations/actions';
import type { RecommendationForEdit } from '@/server/recommendations/recommendation-type';
import { toRecommendationFormValues } from '@/server/recommendations/to-recommendation-form-values';

export type RecommendationEditViewProps = {
  locale: Locale;
  item: RecommendationForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const RecommendationEditView = async ({
  locale,
  item,
  options,
  done,
}: RecommendationEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminRecommendations'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/recommendations/${item.id}`;
  const missing = missingLocales(item.translations, 'text');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/recommendations', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={item.status}
          missing={missing}
          deleteHref={`${path}/delete`}
          publish={publishRecommendationAction.bind(null, locale, item.id, true)}
          unpublish={publishRecommendationAction.bind(null, locale, item.id, false)}
        />
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <RecommendationForm
        key={item.version}
        action={updateRecommendationAction.bind(null, locale, item.id)}
        initialValues={toRecommendationFormValues(item)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
