import { getTranslations } from 'next-intl/server';

import { ActionButton } from '@/components/admin/action-button';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { AppLocale } from '@/i18n/routing';
import type { TCorrectionDoneKey } from '@/lib/validation/corrections';
import { answerCorrectionSenderAction } from '@/server/corrections/actions';
import type { CorrectionDetail } from '@/server/corrections/get-correction';

import { CorrectionFacts } from './correction-facts';
import { CorrectionReviewForm } from './correction-review-form';

export type CorrectionReviewViewProps = {
  locale: AppLocale;
  correction: CorrectionDetail;
  done?: TCorrectionDoneKey;
};

/** Texts are shown as text: React escapes them, so a proposal's markup is displayed, never run. */
export const CorrectionReviewView = async ({
  locale,
  correction,
  done,
}: CorrectionReviewViewProps) => {
  const t = await getTranslations('AdminCorrections');
  const pending = correction.status === 'PENDING';
  const shown = (value: string | null) =>
    value ? (
      <span className="whitespace-pre-wrap">{value}</span>
    ) : (
      <span className="text-slate-600">{t('emptyValue')}</span>
    );
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('reviewHeading')}
        back={{ href: '/admin/corrections', label: t('backToQueue') }}
      >
        <p className="text-lg font-semibold">{t('decision', { status: correction.status })}</p>
      </AdminPageHeader>
      <FlashMessage message={done && t(`done.${done}`)} />
      <CorrectionFacts correction={correction} />
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold">{t('diffCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {correction.spec.kind !== 'other' && (
              <th scope="col" className="p-2">
                {t('now')}
              </th>
            )}
            <th scope="col" className="p-2">
              {t('proposed')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="align-top">
            {correction.spec.kind !== 'other' && (
              <td className="bg-red-50 p-2 break-words">{shown(correction.currentValue)}</td>
            )}
            <td className="bg-green-50 p-2 break-words">{shown(correction.proposedValue)}</td>
          </tr>
        </tbody>
      </table>
      {pending ? (
        <CorrectionReviewForm locale={locale} correction={correction} />
      ) : (
        <dl className="space-y-2">
          {correction.reviewerEmail && (
            <div>
              <dt className="font-semibold">
                {t('reviewedBy', { email: correction.reviewerEmail })}
              </dt>
              <dd>
                {correction.reviewedAt && (
                  <FormattedDate date={correction.reviewedAt} format="short" />
                )}
              </dd>
            </div>
          )}
          {correction.appliedValue && (
            <div>
              <dt className="font-semibold">{t('appliedValue')}</dt>
              <dd className="whitespace-pre-wrap">{correction.appliedValue}</dd>
            </div>
          )}
          {correction.reviewNote && (
            <div>
              <dt className="font-semibold">{t('reviewNote')}</dt>
              <dd className="whitespace-pre-wrap">{correction.reviewNote}</dd>
            </div>
          )}
          {correction.notifiedAt && (
            <div>
              <dt className="font-semibold">{t('notifiedAt')}</dt>
              <dd>
                <FormattedDate date={correction.notifiedAt} format="short" />
              </dd>
            </div>
          )}
        </dl>
      )}
      {!pending && correction.contactEmail && (
        <section className="space-y-3 rounded border-2 border-alert-700 p-4">
          <p>{t('emailKept', { email: correction.contactEmail })}</p>
          <div className="flex flex-wrap gap-3">
            <ActionButton
              action={answerCorrectionSenderAction.bind(null, locale, correction.id, true)}
              label={t('retryMail')}
              tone="primary"
            />
            <ActionButton
              action={answerCorrectionSenderAction.bind(null, locale, correction.id, false)}
              label={t('forgetAddress')}
            />
          </div>
        </section>
      )}
    </div>
  );
};
