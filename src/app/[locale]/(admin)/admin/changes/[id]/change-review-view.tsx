import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentForm } from '@/components/admin/content-form';
import { DecisionButtons } from '@/components/admin/decision-buttons';
import { HiddenField } from '@/components/admin/hidden-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { Link } from '@/i18n/link';
import { reviewChangeAction } from '@/server/changes/actions';
import { readPayload } from '@/server/changes/change-payload';
import type { getChangeRequest } from '@/server/changes/get-change-request';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { toMechanismLabel } from '@/server/mechanisms/to-mechanism-label';
import { getRecommendationCitation } from '@/server/recommendations/get-recommendation-citation';

import { ChangeDiffTable } from './change-diff-table';

export type ChangeReviewViewProps = {
  locale: Locale;
  change: NonNullable<Awaited<ReturnType<typeof getChangeRequest>>>;
  options: Record<RelationKind, RelationOption[]>;
};

export const ChangeReviewView = async ({ locale, change, options }: ChangeReviewViewProps) => {
  const t = await getTranslations('AdminChanges');
  const pending = change.status === 'PENDING';
  const recommendationId = readPayload(change.payload).values.recommendationId;
  const recommendation =
    change.entityType === 'followUp' && typeof recommendationId === 'string'
      ? await getRecommendationCitation({ id: recommendationId })
      : null;
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('reviewHeading')}
        back={{ href: '/admin/changes', label: t('backToQueue') }}
      >
        <p className="text-lg">
          {t('entityType', { type: change.entityType })}
          {change.mechanism && ` · ${toMechanismLabel(change.mechanism, locale)}`}
        </p>
        {recommendation && (
          <p>
            {t('followUpOf')}{' '}
            <Link href={`/recommendations/${recommendation.slug}`} className="underline">
              {recommendation.citation}
            </Link>
          </p>
        )}
        <p className="text-slate-700">{t('proposedBy', { email: change.proposedBy.email })}</p>
        <p>{t('statusLabel', { status: change.status })}</p>
        {change.reviewedBy && <p>{t('reviewedBy', { email: change.reviewedBy.email })}</p>}
      </AdminPageHeader>
      <ChangeDiffTable change={change} options={options} />
      {change.file && <p>{t('attachedFile', { filename: change.file.filename })}</p>}
      {pending && (
        <ContentForm
          action={reviewChangeAction.bind(null, locale, change.id)}
          initialValues={{ entityVersion: String(change.mechanism?.version ?? '') }}
          mode="save"
          labels={{ plain: { note: t('note') }, translated: {} }}
          buttons={
            <DecisionButtons
              accept={{ value: 'approve', label: t('approve') }}
              rejectLabel={t('reject')}
            />
          }
        >
          {change.entityType === 'mechanism' && <HiddenField name="entityVersion" />}
          <TextareaField name="note" label={t('note')} hint={t('noteHint')} rows={3} />
        </ContentForm>
      )}
    </div>
  );
};
