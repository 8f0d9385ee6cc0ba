import type { RecommendationSummary } from './to-recommendation-summary';

const countBy = <K extends string | number>(keys: K[]) => {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

type Named = { slug: string; label: string };

const countNamed = (lists: Named[][]) => {
  const labels = new Map(lists.flat().map((named) => [named.slug, named.label]));
  return [...countBy(lists.flat().map((named) => named.slug))]
    .map(([value, count]) => ({ value, label: labels.get(value) ?? value, count }))
    .sort((a, b) => a.label.localeCompare(b.label));
};

/** How many recommendations each filter value would show (bodies, themes, statuses, years). */
export const countRecommendationFacets = (items: readonly RecommendationSummary[]) => ({
  bodies: [...countBy(items.map((item) => item.body))].map(([value, count]) => ({
    value,
    count,
  })),
  themes: countNamed(items.map((item) => item.themes)),
  countries: countNamed(items.map((item) => item.countries)),
  statuses: [...countBy(items.map((item) => item.latestStatus ?? 'NONE'))].map(
    ([value, count]) => ({ value, count }),
  ),
  years: [...countBy(items.map((item) => item.year))]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.value - a.value),
});

export type RecommendationFacets = ReturnType<typeof countRecommendationFacets>;
