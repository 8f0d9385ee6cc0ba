import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import {
  buildCountryTimeline,
  type BuildCountryTimelineInput,
  type CountryTimelineEntry,
} from '@/server/countries/build-country-timeline';

export type CountryTimelineProps = { country: BuildCountryTimelineInput };

/** A country's treaty and mechanism milestones, oldest first, as an ordered list. */
export const CountryTimeline = async ({ country }: CountryTimelineProps) => {
  const t = await getTranslations('CountryTimeline');
  const entries = buildCountryTimeline(country);

  const label = (entry: CountryTimelineEntry) => {
    if (entry.kind !== 'localMechanism') return t(entry.kind);
    return entry.jurisdiction
      ? t('localMechanism', { jurisdiction: entry.jurisdiction })
      : t('localMechanismUnnamed');
  };

  return (
    <section aria-labelledby="timeline" className="space-y-3">
      <h2 id="timeline" className="text-2xl font-semibold">
        {t('title')}
      </h2>
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="ml-2 space-y-4 border-l-2 border-brand-100 pl-6">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.mechanismSlug ?? ''}`} className="relative">
              <span
                aria-hidden="true"
                className={`absolute top-1 -left-[2.05rem] size-4 rounded-full border-2 border-white ${
                  entry.overdue ? 'bg-alert-700' : entry.derived ? 'bg-slate-400' : 'bg-brand-700'
                }`}
              />
              <p className="text-sm font-semibold text-slate-700">
                <FormattedDate
                  date={entry.date}
                  format={entry.precision === 'YEAR' ? 'year' : 'long'}
                />
              </p>
              <p>{label(entry)}</p>
              {entry.derived && <p className="text-sm text-slate-600">{t('derived')}</p>}
              {entry.postponed && <p className="text-sm text-slate-600">{t('postponed')}</p>}
              {entry.overdue && <p className="font-semibold text-alert-700">{t('overdue')}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
