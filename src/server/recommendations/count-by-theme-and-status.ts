import type { RecommendationSummary } from './to-recommendation-summary';

/** The statuses a chart shows, "no follow-up yet" last. */
export const CHART_STATUSES = [
  'IMPLEMENTED',
  'PARTIALLY_IMPLEMENTED',
  'IN_PROGRESS',
  'NOT_STARTED',
  'NOT_IMPLEMENTED',
  'UNKNOWN',
  'NONE',
] as const;

export type ThemeStatusRow = {
  theme: string;
  label: string;
  counts: Record<string, number>;
  total: number;
};

/** One row per theme (recommendations without a theme under `otherLabel`), counted by status. */
export const countByThemeAndStatus = (
  items: readonly RecommendationSummary[],
  otherLabel: string,
): ThemeStatusRow[] => {
  const rows = new Map<string, ThemeStatusRow>();
  const add = (theme: string, label: string, status: string) => {
    const row = rows.get(theme) ?? { theme, label, counts: {}, total: 0 };
    row.counts[status] = (row.counts[status] ?? 0) + 1;
    row.total += 1;
    rows.set(theme, row);
  };
  for (const item of items) {
    const status = item.latestStatus ?? 'NONE';
    if (item.themes.length === 0) add('', otherLabel, status);
    for (const theme of item.themes) add(theme.slug, theme.label, status);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
};
