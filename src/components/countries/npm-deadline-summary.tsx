import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { NpmDeadlineStatus } from '@/server/countries/get-npm-deadline-status';
import type { NpmDeadlineSummary as Summary } from '@/server/countries/summarize-npm-deadlines';

type SummaryCountry = { slug: string; name: string; deadlineStatus: NpmDeadlineStatus };

export type NpmDeadlineSummaryProps = { summary: Summary<SummaryCountry> };

type Group = keyof Summary<SummaryCountry>;

/** Listed even when empty: "none overdue" always stands next to "deadline unknown". */
const ALWAYS_SHOWN: Group[] = ['overdue', 'unknown'];
const GROUPS: Group[] = ['overdue', 'unknown', 'pending', 'late', 'onTime', 'timingUnknown'];

/**
 * Where every State stands with its NPM deadline, counted and named: past it without a
 * mechanism, unknown, still within it, and mechanisms designated late or on time. Shared by the
 * home page and the countries index.
 */
export const NpmDeadlineSummary = async ({ summary }: NpmDeadlineSummaryProps) => {
  const [t, tDeadlines] = await Promise.all([
    getTranslations('Deadlines.summary'),
    getTranslations('Deadlines'),
  ]);
  const hasUnknown = summary.unknown.length > 0 ? 'yes' : 'no';
  const shown = GROUPS.filter((group) => ALWAYS_SHOWN.includes(group) || summary[group].length > 0);

  const detail = ({ deadlineStatus: status }: SummaryCountry) => {
    if (status.kind === 'pending') {
      return t.rich('until', { date: () => <FormattedDate date={status.deadline} /> });
    }
    if (status.kind === 'late') {
      return t('lateBy', { unit: status.lateness.unit, count: status.lateness.count });
    }
    return null;
  };

  return (
    <section aria-labelledby="npm-deadlines" className="space-y-3">
      <h2 id="npm-deadlines" className="text-2xl font-semibold">
        {t('heading')}
      </h2>
      <ul className="divide-y divide-slate-200">
        {shown.map((group) => {
          const countries = summary[group];
          const urgent = group === 'overdue' && countries.length > 0;
          return (
            <li key={group} data-group={group} className="space-y-1 py-2">
              <p className={urgent ? 'font-semibold text-alert-700' : 'font-semibold'}>
                {t(group, { count: countries.length, hasUnknown })}
              </p>
              {countries.length > 0 && (
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {countries.map((country) => {
                    const extra = detail(country);
                    return (
                      <li key={country.slug}>
                        <Link
                          href={`/countries/${country.slug}`}
                          className="text-brand-700 underline"
                        >
                          {country.name}
                        </Link>
                        {extra && <span className="text-slate-700"> ({extra})</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">{tDeadlines('rule')}</p>
    </section>
  );
};
