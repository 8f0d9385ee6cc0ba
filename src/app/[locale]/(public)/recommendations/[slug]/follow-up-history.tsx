import { getTranslations } from 'next-intl/server';

import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { RecommendationDetail } from '@/server/recommendations/get-recommendation';

export type FollowUpHistoryProps = { followUps: RecommendationDetail['followUps'] };

/** Every published follow-up, latest first: date, mechanism, status, text and evidence. */
export const FollowUpHistory = async ({ followUps }: FollowUpHistoryProps) => {
  const [t, tLabels] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('RecommendationLabels'),
  ]);
  if (followUps.length === 0) return <p>{t('noFollowUp')}</p>;
  return (
    <ol className="space-y-4">
      {followUps.map((followUp) => (
        <li key={followUp.id} className="space-y-1 border-l-4 border-slate-300 pl-3">
          <p className="font-semibold">
            <FormattedDate date={followUp.reportedOn} /> ·{' '}
            {tLabels('implementation', { status: followUp.implementation })}
          </p>
          <p className="text-sm">
            <Link href={`/mechanisms/${followUp.mechanism.slug}`} className="underline">
              <span lang={followUp.mechanism.nameLocale}>{followUp.mechanism.name}</span>
            </Link>
          </p>
          {followUp.text?.isFallback && <FallbackNotice shownLocale={followUp.text.locale} />}
          {followUp.text && (
            <p lang={followUp.text.locale} className="whitespace-pre-line">
              {followUp.text.text}
            </p>
          )}
          {followUp.evidenceUrl && (
            <p>
              <a href={followUp.evidenceUrl} className="text-brand-700 underline" rel="noopener">
                {t('evidenceLink')}
              </a>
            </p>
          )}
          {followUp.evidenceFile && (
            <p>
              <a
                href={`/api/files/${followUp.evidenceFile.id}`}
                className="text-brand-700 underline"
              >
                {t('evidenceFile', { filename: followUp.evidenceFile.filename })}
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
};
