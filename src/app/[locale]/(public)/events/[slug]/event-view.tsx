import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ContentSection } from '@/components/content/content-section';
import { DocumentList } from '@/components/content/document-list';
import { SourceList } from '@/components/content/source-list';
import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDateRange } from '@/components/ui/formatted-date-range';
import { Link } from '@/i18n/link';
import type { EventDetail } from '@/server/events/get-event';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid grid-cols-1 gap-1 border-b border-slate-100 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd className="min-w-0">{children}</dd>
  </div>
);

export type EventViewProps = { event: EventDetail };

export const EventView = async ({ event }: EventViewProps) => {
  const [t, tEvent, locale] = await Promise.all([
    getTranslations('EventPage'),
    getTranslations('Event'),
    getLocale(),
  ]);
  const isRange = Boolean(event.endsOn && event.endsOn.getTime() !== event.startsOn.getTime());

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          {tEvent('kindLabel', { kind: event.kind })}
        </p>
        <h1 lang={event.shownLocale} className="text-3xl font-bold text-brand-900">
          {event.title}
        </h1>
        {event.isFallback && <FallbackNotice shownLocale={event.shownLocale} />}
      </header>

      <dl>
        <Fact term={isRange ? t('dates') : t('date')}>
          <FormattedDateRange
            start={event.startsOn}
            end={event.endsOn}
            precision={event.datePrecision}
          />
        </Fact>
        {(event.city || event.countryName || event.online) && (
          <Fact term={t('place')}>
            {event.city}
            {event.city && event.countryName && ', '}
            {event.countrySlug && event.countryName && (
              <Link href={`/countries/${event.countrySlug}`} className="text-brand-700 underline">
                {event.countryName}
              </Link>
            )}
            {event.online && (event.city || event.countryName) && ' · '}
            {event.online && tEvent('online')}
          </Fact>
        )}
        {event.organisers && (
          <Fact term={t('organisers')}>
            <span lang={event.shownLocale}>{event.organisers}</span>
          </Fact>
        )}
      </dl>

      {event.summary && (
        <p lang={event.shownLocale} className="max-w-3xl text-slate-800">
          {event.summary}
        </p>
      )}

      {event.datePrecision === 'DAY' && (
        <p>
          {/* A route handler, not a page: a plain link, with the visitor's language for the text. */}
          <a
            href={`/api/events/${event.slug}/ics?locale=${locale}`}
            download={`${event.slug}.ics`}
            className="inline-block rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t('addToCalendar')}
          </a>
        </p>
      )}

      <div className="grid grid-cols-1 gap-10 md:grid-cols-2">
        <ContentSection id="mechanisms" heading={t('mechanisms')}>
          {event.mechanisms.length === 0 ? (
            <p className="text-slate-600">{t('noMechanisms')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {event.mechanisms.map((mechanism) => (
                <li key={mechanism.slug}>
                  <MechanismName mechanism={mechanism} link translation="inline" />
                </li>
              ))}
            </ul>
          )}
        </ContentSection>
        <ContentSection id="documents" heading={t('documents')}>
          <DocumentList documents={event.documents} emptyText={t('noDocuments')} />
        </ContentSection>
      </div>

      {event.sources.length > 0 && (
        <ContentSection id="sources" heading={t('sources')} minor>
          <SourceList sources={event.sources} />
        </ContentSection>
      )}
    </div>
  );
};
