import { getTranslations } from 'next-intl/server';

import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { NewsList } from '@/components/content/news-list';
import { NpmDeadlineSummary } from '@/components/countries/npm-deadline-summary';
import { OpcatMap } from '@/components/countries/opcat-map';
import { Link } from '@/i18n/link';
import type { getOpcatOverview } from '@/server/countries/get-opcat-overview';
import type { findLatestEvents } from '@/server/events/find-latest-events';
import type { DocumentSummary } from '@/server/summaries/to-document-summary';
import type { NewsSummary } from '@/server/summaries/to-news-summary';

export type HomeViewProps = {
  overview: Awaited<ReturnType<typeof getOpcatOverview>>;
  documents: DocumentSummary[];
  events: Awaited<ReturnType<typeof findLatestEvents>>;
  news: NewsSummary[];
};

export const HomeView = async ({ overview, documents, events, news }: HomeViewProps) => {
  const [t, tDeadlines, tNews] = await Promise.all([
    getTranslations('HomePage'),
    getTranslations('Deadlines.summary'),
    getTranslations('News'),
  ]);
  const { deadlines } = overview;
  const stats = [
    t('statesParties', { count: overview.statesParties }),
    t('npmsDesignated', { count: overview.npmsDesignated }),
    // "None overdue" is said only as "none known" while some deadlines are unknown.
    tDeadlines('overdue', {
      count: deadlines.overdue.length,
      hasUnknown: deadlines.unknown.length > 0 ? 'yes' : 'no',
    }),
    ...(deadlines.unknown.length > 0
      ? [tDeadlines('unknown', { count: deadlines.unknown.length })]
      : []),
  ];
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="text-4xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t('intro')}</p>
      </section>

      <section aria-labelledby="at-a-glance" className="space-y-4">
        <h2 id="at-a-glance" className="text-2xl font-semibold">
          {t('atAGlance')}
        </h2>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {stats.map((stat) => (
            <li key={stat} className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-lg">
              {stat}
            </li>
          ))}
        </ul>
        <OpcatMap countries={overview.countries} />
        <p>
          <Link href="/countries" className="font-semibold text-brand-700 underline">
            {t('browseCountries')}
          </Link>{' '}
          <span className="text-slate-600">
            ({t('countriesCovered', { count: overview.countryCount })})
          </span>
        </p>
      </section>

      <NpmDeadlineSummary summary={deadlines} />
      <section aria-labelledby="latest-news" className="space-y-2">
        <h2 id="latest-news" className="text-2xl font-semibold">
          {tNews('latest')}
        </h2>
        <NewsList news={news} emptyText={tNews('noNews')} />
        {news.length > 0 && (
          <p>
            <Link href="/news" className="font-semibold text-brand-700 underline">
              {tNews('allNews')}
            </Link>
          </p>
        )}
      </section>

      <div className="grid grid-cols-1 gap-10 md:grid-cols-2">
        <section aria-labelledby="latest-documents" className="space-y-2">
          <h2 id="latest-documents" className="text-2xl font-semibold">
            {t('latestDocuments')}
          </h2>
          <DocumentList documents={documents} emptyText={t('noDocuments')} />
        </section>
        <section aria-labelledby="events" className="space-y-2">
          <h2 id="events" className="text-2xl font-semibold">
            {t('events')}
          </h2>
          {events.upcoming.length === 0 && events.past.length === 0 && (
            <p className="text-slate-600">{t('noEvents')}</p>
          )}
          {events.upcoming.length > 0 && (
            <>
              <h3 className="text-lg font-semibold">{t('upcomingEvents')}</h3>
              <EventList events={events.upcoming} />
            </>
          )}
          {events.past.length > 0 && (
            <>
              <h3 className="text-lg font-semibold">{t('pastEvents')}</h3>
              <EventList events={events.past} />
            </>
          )}
        </section>
      </div>
    </div>
  );
};
