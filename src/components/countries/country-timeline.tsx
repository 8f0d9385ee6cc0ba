import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import {
  buildCountryTimeline,
  type BuildCountryTimelineInput,
  type CountryTimelineEntry,
  type CountryTimelineUndated,
} from '@/server/countries/build-country-timeline';

import { NpmDeadlineStatusText } from './npm-deadline-status';

export type CountryTimelineProps = { country: BuildCountryTimelineInput };

/**
 * A country's treaty and mechanism milestones, oldest first, as an ordered list; milestones known
 * to have happened without a recorded date follow as "date unknown", so none reads as missing.
 */
export const CountryTimeline = async ({ country }: CountryTimelineProps) => {
  const [t, tTreaty, tDeadlines] = await Promise.all([
    getTranslations('CountryTimeline'),
    getTranslations('TreatyStatus.timeline'),
    getTranslations('Deadlines'),
  ]);
  const { entries, undated } = buildCountryTimeline(country);

  const label = (entry: CountryTimelineEntry | CountryTimelineUndated) => {
    switch (entry.kind) {
      case 'catParty':
      case 'opcatParty':
        return tTreaty(entry.kind, { by: entry.by ?? 'other' });
      case 'opcatInForce':
        return tTreaty('opcatInForce');
      case 'npmDeadline':
        return tDeadlines('label');
      case 'localMechanism':
        return 'jurisdiction' in entry && entry.jurisdiction
          ? t('localMechanism', { jurisdiction: entry.jurisdiction })
          : t('localMechanismUnnamed');
      default:
        return t(entry.kind);
    }
  };

  const notes = (entry: CountryTimelineEntry) => {
    if (entry.kind === 'opcatInForce')
      return <p className="text-sm text-slate-600">{tTreaty('derived')}</p>;
    return (
      <>
        {entry.derived && <p className="text-sm text-slate-600">{tDeadlines('derived')}</p>}
        {entry.postponed && <p className="text-sm text-slate-600">{tDeadlines('postponed')}</p>}
        {entry.overdue && (
          <p className="font-semibold text-alert-700">{tDeadlines('status.overdue')}</p>
        )}
        {entry.timing && (
          <p>
            <NpmDeadlineStatusText status={entry.timing} />
          </p>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="timeline" className="space-y-3">
      <h2 id="timeline" className="text-2xl font-semibold">
        {t('title')}
      </h2>
      {entries.length === 0 && undated.length === 0 && <p>{t('empty')}</p>}
      {entries.length > 0 && (
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
              {notes(entry)}
            </li>
          ))}
        </ol>
      )}
      {undated.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold text-slate-700">{tTreaty('undated')}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {undated.map((entry) => (
              <li key={entry.kind}>
                {label(entry)}: <span className="text-slate-700">{tTreaty('dateUnknown')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
