import { getTranslations } from 'next-intl/server';

import { NewsList } from '@/components/content/news-list';
import { SubscribeLinks } from '@/components/feeds/subscribe-links';
import { type ActiveFilter, ActiveFilters } from '@/components/filters/active-filters';
import { FilterForm, FilterSelect } from '@/components/filters/filter-form';
import { Pagination } from '@/components/ui/pagination';
import { newsFeedHref } from '@/lib/feed-hrefs';
import { withoutKeys } from '@/lib/query-href';
import { NEWS_FILTER_KEYS, type TNewsFilterKey } from '@/lib/validation/news';
import type { findNews } from '@/server/news/find-news';
import type { NewsFacetOption } from '@/server/news/find-news-facets';

import { newsHref } from './news-href';

export type NewsListViewProps = { result: Awaited<ReturnType<typeof findNews>> };

const toOption = ({ slug, label, labelLocale }: NewsFacetOption) => ({
  value: slug,
  label,
  labelLocale,
});

export const NewsListView = async ({ result }: NewsListViewProps) => {
  const [t, tFeeds] = await Promise.all([getTranslations('News'), getTranslations('Feeds')]);
  const { items, total, page, pageCount, perPage, query, facets } = result;
  const named = { country: facets.countries, mechanism: facets.mechanisms, theme: facets.themes };
  const toFilter = (key: TNewsFilterKey): ActiveFilter<TNewsFilterKey> => {
    const label = t('filterLabel', { filter: key });
    if (key === 'year') return { key, label, value: String(query.year) };
    const option = named[key].find(({ slug }) => slug === query[key]);
    return { key, label, value: option?.label ?? '', valueLocale: option?.labelLocale };
  };
  const filters = NEWS_FILTER_KEYS.filter((key) => query[key] !== undefined).map(toFilter);
  const hrefWithout = (keys: TNewsFilterKey[]) =>
    newsHref(query, { ...withoutKeys(keys), page: 1 });
  const from = (page - 1) * perPage + 1;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <FilterForm pathname="/news" label={t('filtersLabel')}>
        <FilterSelect
          name="country"
          label={t('filterLabel', { filter: 'country' })}
          value={query.country}
          options={facets.countries.map(toOption)}
        />
        <FilterSelect
          name="mechanism"
          label={t('filterLabel', { filter: 'mechanism' })}
          value={query.mechanism}
          options={facets.mechanisms.map(toOption)}
        />
        <FilterSelect
          name="theme"
          label={t('filterLabel', { filter: 'theme' })}
          value={query.theme}
          options={facets.themes.map(toOption)}
        />
        <FilterSelect
          name="year"
          label={t('filterLabel', { filter: 'year' })}
          value={query.year}
          options={facets.years.map((year) => ({ value: String(year), label: String(year) }))}
        />
      </FilterForm>
      <ActiveFilters
        id="active-filters"
        heading={t('activeFilters')}
        filters={filters}
        hrefWithout={hrefWithout}
        removeMark={t('clear')}
        removeLabel={({ label, value }) => t('clearFilter', { filter: label, value })}
        clearAllLabel={t('clearAll')}
      />

      <section aria-labelledby="news-results" className="space-y-3">
        <h2 id="news-results" className="text-2xl font-semibold">
          {t('resultsHeading')}
        </h2>
        <p className="font-semibold">
          {t('resultCount', { count: total })}
          {total > items.length && items.length > 0 && (
            <span className="font-normal text-slate-700">
              {' '}
              {t('showing', { from, to: from + items.length - 1, total })}
            </span>
          )}
        </p>
        {total === 0 && <p>{filters.length > 0 ? t('noResults') : t('empty')}</p>}
        <NewsList news={items} />
        <Pagination
          current={page}
          pageCount={pageCount}
          hrefFor={(target) => newsHref(query, { page: target })}
        />
      </section>

      <SubscribeLinks
        links={[
          { href: newsFeedHref(query), label: tFeeds('newsFeed'), type: 'application/atom+xml' },
        ]}
      />
    </div>
  );
};
