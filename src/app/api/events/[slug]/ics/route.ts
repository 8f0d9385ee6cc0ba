// GET /api/events/[slug]/ics – one event as iCalendar
import ical, { ICalCalendarMethod } from 'ical-generator';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { ZEventIcsQuerySchema } from '@/lib/validation/events';
import { ZSlugSchema } from '@/lib/validation/search-params';
import { getEvent } from '@/server/events/get-event';

const DAY_MS = 24 * 60 * 60 * 1000;

export const GET = async (request: Request, { params }: RouteContext<'/api/events/[slug]/ics'>) => {
  const slug = ZSlugSchema.safeParse((await params).slug);
  const query = ZEventIcsQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return Response.json({ error: 'Invalid parameters' }, { status: 400 });
  const { locale } = query.data;
  const event = slug.success ? await getEvent({ slug: slug.data, locale }) : null;
  if (!event) return Response.json({ error: 'Event not found' }, { status: 404 });
  // A month or a year is not a calendar entry: only events with known days get one.
  if (event.datePrecision !== 'DAY')
    return Response.json({ error: 'This event has no exact dates' }, { status: 404 });

  const pageUrl = new URL(getPathname({ href: `/events/${event.slug}`, locale }), env.SITE_URL);
  const calendar = ical({
    prodId: { company: 'Prevenir', product: 'Prevenir', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `event-${event.slug}@${pageUrl.hostname}`,
    sequence: event.version - 1,
    allDay: true,
    start: event.startsOn,
    // All-day DTEND is exclusive: the day after the last day.
    end: new Date((event.endsOn ?? event.startsOn).getTime() + DAY_MS),
    summary: event.title,
    description: [event.summary, pageUrl.toString()].filter(Boolean).join('\n\n'),
    location: [event.city, event.countryName].filter(Boolean).join(', ') || null,
    url: pageUrl.toString(),
    lastModified: event.updatedAt,
  });

  // Slugs are already [a-z0-9-]; the filter keeps the header safe whatever the database holds.
  const filename = `${event.slug.replace(/[^a-z0-9-]/gi, '-')}.ics`;
  return new Response(calendar.toString(), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
};
