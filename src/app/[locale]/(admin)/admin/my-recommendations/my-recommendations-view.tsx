import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { MechanismRecommendation } from '@/server/recommendations/find-mechanism-recommendations';

export type MyRecommendationsViewProps = { items: MechanismRecommendation[] };

export const MyRecommendationsView = async ({ items }: MyRecommendationsViewProps) => {
  const [t, tLabels] = await Promise.all([
    getTranslations('MyRecommendations'),
    getTranslations('RecommendationLabels'),
  ]);
  if (items.length === 0) return <p>{t('empty')}</p>;
  const withoutFollowUp = items.filter((item) => !item.latest).length;
  return (
    <>
      <p className="font-semibold">{t('withoutFollowUp', { count: withoutFollowUp })}</p>
      <ul className="divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.id} className="space-y-1 py-3">
            <p className="font-semibold">
              {tLabels('body', { body: item.body })} · {item.citation} ·{' '}
              <FormattedDate date={item.issuedOn} />
            </p>
            <p lang={item.text?.shownLocale} className="line-clamp-3 text-sm">
              {item.text?.text}
            </p>
            <p className="text-sm">
              {item.latest ? (
                <>
                  {t('latest', {
                    status: tLabels('implementation', { status: item.latest.implementation }),
                  })}{' '}
                  <FormattedDate date={item.latest.reportedOn} />
                  {item.stale && <strong className="ml-2 text-red-800">{t('stale')}</strong>}
                </>
              ) : (
                <strong>{t('noFollowUp')}</strong>
              )}
              {item.awaitingReview && <span className="ml-2">{t('awaitingReview')}</span>}
            </p>
            <Link
              href={`/admin/my-recommendations/${item.id}`}
              className="text-brand-700 underline"
              aria-label={t('proposeFor', { citation: item.citation })}
            >
              {t('propose')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
};
