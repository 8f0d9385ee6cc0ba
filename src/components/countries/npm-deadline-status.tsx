import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { NpmDeadlineStatus } from '@/server/countries/get-npm-deadline-status';

const TIMING_KEYS = {
  'deadline-unknown': 'timingDeadlineUnknown',
  undated: 'timingUndated',
} as const;

/**
 * One sentence on where a State stands with its NPM deadline: within it, passed, unknown, or
 * for a designated mechanism on time, "designated 8 years after the deadline", or not known.
 */
export const NpmDeadlineStatusText = async ({ status }: { status: NpmDeadlineStatus }) => {
  const t = await getTranslations('Deadlines.status');
  switch (status.kind) {
    case 'not-applicable':
      return null;
    case 'overdue':
      return <span className="font-semibold text-alert-700">{t('overdue')}</span>;
    case 'pending':
      return <span>{t('pending')}</span>;
    case 'unknown':
      return <span className="font-semibold">{t('unknown')}</span>;
    case 'on-time':
      return <span>{t('onTime')}</span>;
    case 'late': {
      const { lateness } = status;
      return (
        <span>
          {lateness.precision === 'YEAR'
            ? t('lateYear', { year: String(lateness.year), count: lateness.count })
            : t('lateDay', { unit: lateness.unit, count: lateness.count })}
        </span>
      );
    }
    case 'timing-unknown':
      return status.reason === 'same-year' ? (
        <span>{t('timingSameYear', { year: String(status.year) })}</span>
      ) : (
        <span>{t(TIMING_KEYS[status.reason])}</span>
      );
  }
};

/** The short form for the countries table: only what calls for attention. */
export const NpmDeadlineBadge = async ({ status }: { status: NpmDeadlineStatus }) => {
  const t = await getTranslations('Deadlines.badge');
  const badge = 'inline-block rounded px-2 py-0.5 text-xs font-semibold';
  switch (status.kind) {
    case 'overdue':
      return <span className={`${badge} bg-red-100 text-alert-700`}>{t('overdue')}</span>;
    case 'unknown':
      return (
        <span className={`${badge} border border-slate-500 bg-white text-slate-800`}>
          {t('unknown')}
        </span>
      );
    case 'pending':
      return (
        <span className="text-sm text-slate-700">
          {t.rich('pending', { date: () => <FormattedDate date={status.deadline} /> })}
        </span>
      );
    case 'late':
      return (
        <span className="text-sm text-slate-700">
          <NpmDeadlineStatusText status={status} />
        </span>
      );
    default:
      return null;
  }
};
