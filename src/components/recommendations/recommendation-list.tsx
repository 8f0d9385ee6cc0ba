import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { RecommendationSummary } from '@/server/recommendations/to-recommendation-summary';

export type RecommendationListProps = {
  items: RecommendationSummary[];
  /** Heading level of each item's citation, under the section's heading. */
  headingLevel?: 'h3' | 'h4';
};

/** Citation, body, date, latest status and the text's first lines of each recommendation. */
export const RecommendationList = async ({
  items,
  headingLevel = 'h3',
}: RecommendationListProps) => {
  const [t, tLabels] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('RecommendationLabels'),
  ]);
  const Heading = headingLevel;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} className="space-y-1 py-3">
          <Heading className="font-semibold">
            <Link href={`/recommendations/${item.slug}`} className="text-brand-700 underline">
              {item.symbol} § {item.paragraph}
            </Link>
          </Heading>
          <p className="text-sm text-slate-700">
            {tLabels('body', { body: item.body })} · <FormattedDate date={item.issuedOn} /> ·{' '}
            {t('latestStatus', {
              status: tLabels('implementation', { status: item.latestStatus ?? 'NONE' }),
            })}
          </p>
          <p lang={item.textLocale} className="line-clamp-3">
            {item.text}
          </p>
        </li>
      ))}
    </ul>
  );
};
