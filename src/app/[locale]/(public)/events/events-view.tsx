import { getTranslations } from 'next-intl/server';

import { EventList } from '@/components/content/event-list';
import { SubscribeLinks } from '@/components/feeds/subscribe-links';
import { FilterForm, FilterSelect } from '@/components/filters/filter-form';
import { ExportLinks } from '@/components/open-data/export-links';
import { EventKind } from '@/generated/prisma/enums';
import { eventCalendarHref, eventFeedHref } from '@/lib/feed-hrefs';
import type { EventCalendar } from '@/server/events/find-events';

import { EventsPagination } from './events-pagination';

export type EventsViewProps = { calendar: EventCalendar };

export const EventsView = async ({ calendar }: EventsViewProps) => {
  const { upcoming, past, pastCount, pageCount, countries, years, filters } = calendar;
  const [t, tEvent, tFeeds] = await Promise.all([
    getTranslations('EventsPage'),
    getTranslations('Event'),
    getTranslations('Feeds'),
  ]);
  const filtered = filters.country || filters.kind || filters.year ? 'yes' : 'no';

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <FilterForm pathname="/events" label={t('filtersLabel')}>
        <FilterSelect
          name="country"
          label={t('country')}
          value={filters.country}
          options={countries.map(({ slug, name }) => ({ value: slug, label: name }))}
        />
        <FilterSelect
          name="kind"
          label={t('kind')}
          value={filters.kind}
          options={Object.values(EventKind).map((kind) => ({
            value: kind,
            label: tEvent('kindLabel', { kind }),
          }))}
        />
        <FilterSelect
          name="year"
          label={t('year')}
          value={filters.year}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
        />
      </FilterForm>

      <section aria-labelledby="upcoming" className="space-y-2">
        <h2 id="upcoming" className="text-2xl font-semibold">
          {t('upcoming')}
        </h2>
        <p className="text-slate-700">{t('upcomingCount', { count: upcoming.length, filtered })}</p>
        <EventList events={upcoming} />
      </section>

      <section aria-labelledby="past" className="space-y-2">
        <h2 id="past" className="text-2xl font-semibold">
          {t('past')}
        </h2>
        <p className="text-slate-700">{t('pastCount', { count: pastCount, filtered })}</p>
        <EventList events={past} />
        <EventsPagination filters={filters} pageCount={pageCount} />
      </section>

      <SubscribeLinks
        links={[
          {
            href: eventFeedHref(filters),
            label: tFeeds('eventsFeed'),
            type: 'application/atom+xml',
          },
          { href: eventCalendarHref(filters), label: tFeeds('calendar'), type: 'text/calendar' },
        ]}
      />
      <ExportLinks
        dataset="events"
        filters={{ country: filters.country, kind: filters.kind, year: filters.year }}
      />
    </div>
  );
};
