import { getTranslations } from 'next-intl/server';

import type { ThemeStatusRow } from '@/server/recommendations/count-by-theme-and-status';

export type StatusChartProps = { rows: ThemeStatusRow[]; statuses: readonly string[] };

const BAR_COLOURS: Record<string, string> = {
  IMPLEMENTED: 'bg-green-700',
  PARTIALLY_IMPLEMENTED: 'bg-lime-600',
  IN_PROGRESS: 'bg-sky-700',
  NOT_STARTED: 'bg-amber-600',
  NOT_IMPLEMENTED: 'bg-red-700',
  UNKNOWN: 'bg-slate-500',
  NONE: 'bg-slate-300',
};

/**
 * Recommendations by theme and latest status: a table (the data) and stacked bars drawn with
 * plain HTML widths, so the chart reads without JavaScript; the bars repeat the table for sight.
 */
export const StatusChart = async ({ rows, statuses }: StatusChartProps) => {
  const [t, tLabels] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('RecommendationLabels'),
  ]);
  const max = Math.max(1, ...rows.map((row) => row.total));
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t('tableCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">
                {t('theme')}
              </th>
              {statuses.map((status) => (
                <th key={status} scope="col" className="p-2">
                  {tLabels('implementation', { status: status })}
                </th>
              ))}
              <th scope="col" className="p-2">
                {t('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme} className="border-b border-slate-200">
                <th scope="row" className="p-2">
                  {row.label}
                </th>
                {statuses.map((status) => (
                  <td key={status} className="p-2 tabular-nums">
                    {row.counts[status] ?? 0}
                  </td>
                ))}
                <td className="p-2 font-semibold tabular-nums">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure aria-hidden="true" className="space-y-2">
        {rows.map((row) => (
          <div key={row.theme} className="space-y-1">
            <p className="text-sm">{row.label}</p>
            <div className="flex h-4" style={{ width: `${(row.total / max) * 100}%` }}>
              {statuses.map((status) =>
                row.counts[status] ? (
                  <span
                    key={status}
                    className={BAR_COLOURS[status]}
                    style={{ width: `${(row.counts[status] / row.total) * 100}%` }}
                  />
                ) : null,
              )}
            </div>
          </div>
        ))}
        <ul className="flex flex-wrap gap-3 text-xs">
          {statuses.map((status) => (
            <li key={status} className="flex items-center gap-1">
              <span className={`inline-block h-3 w-3 ${BAR_COLOURS[status]}`} />
              {tLabels('implementation', { status: status })}
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
};
