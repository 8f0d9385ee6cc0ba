import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { EventSummary } from '@/server/summaries/to-event-summary';

export type EventListProps = {
  events: EventSummary[]; /** Shown when the list is empty; without it an empty list renders nothing. */
  emptyText?: string;
};

export const EventList = async ({ events, emptyText }: EventListProps) => {
  const [t, tDocument, tFallback] = await Promise.all([
    getTranslations('Event'),
    getTranslations('Document'),
    getTranslations('Fallback'),
  ]);
  if (events.length === 0) return emptyText ? <p className="text-slate-600">{emptyText}</p> : null;
  return (
    <ul className="divide-y divide-slate-200">
      {events.map((event) => {
        const place = [event.city, event.countryName].filter(Boolean).join(', ');
        return (
          <li key={event.slug} className="py-3">
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
              {t('kindLabel', { kind: event.kind })}
              {' · '}
              <FormattedDate date={event.startsOn} precision={event.datePrecision} />
              {event.endsOn && event.endsOn.getTime() !== event.startsOn.getTime() && (
                <>
                  {' – '}
                  <FormattedDate date={event.endsOn} />
                </>
              )}
            </p>
            <p lang={event.shownLocale} className="font-semibold">
              <Link href={`/events/${event.slug}`} className="text-brand-700 underline">
                {event.title}
              </Link>
            </p>
            <p className="text-sm text-slate-700">
              {[place, event.online ? t('online') : null].filter(Boolean).join(' · ')}
            </p>
            {event.isFallback && (
              <p className="text-xs text-slate-600">
                {tDocument('inLanguage', {
                  language: tFallback('languageName', { locale: event.shownLocale }),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
};
