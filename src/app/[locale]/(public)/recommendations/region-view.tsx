import { getTranslations } from 'next-intl/server';

import { FilterSelect } from '@/components/filters/filter-form';
import { ExportLinks } from '@/components/open-data/export-links';
import { RecommendationFilters } from '@/components/recommendations/recommendation-filters';
import { RecommendationList } from '@/components/recommendations/recommendation-list';
import { StatusChart } from '@/components/recommendations/status-chart';
import type { TRecommendationQuerySchema } from '@/lib/validation/recommendations';
import {
  CHART_STATUSES,
  countByThemeAndStatus,
} from '@/server/recommendations/count-by-theme-and-status';
import type { RecommendationList as Result } from '@/server/recommendations/find-recommendations';

export type RegionViewProps = { result: Result; query: TRecommendationQuerySchema };

export const RegionView = async ({ result, query }: RegionViewProps) => {
  const t = await getTranslations('Recommendations');
  const { items, facets } = result;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>
      <RecommendationFilters pathname="/recommendations" query={query} facets={facets}>
        <FilterSelect
          name="country"
          label={t('filterCountry')}
          value={query.country}
          options={facets.countries.map(({ value, label, count }) => ({
            value,
            label: t('optionCount', { label, count }),
          }))}
        />
      </RecommendationFilters>
      <p role="status" className="font-semibold">
        {t('shown', { shown: items.length, total: result.total })}
      </p>
      <section aria-labelledby="by-theme" className="space-y-3">
        <h2 id="by-theme" className="text-2xl font-semibold">
          {t('byTheme')}
        </h2>
        <StatusChart rows={countByThemeAndStatus(items, t('noTheme'))} statuses={CHART_STATUSES} />
      </section>
      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="text-2xl font-semibold">
          {t('list')}
        </h2>
        {items.length === 0 ? <p>{t('none')}</p> : <RecommendationList items={items} />}
      </section>
      <ExportLinks dataset="recommendations" filters={query} />
    </div>
  );
};
