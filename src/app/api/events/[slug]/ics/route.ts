// GET /api/events/[slug]/ics – one event as iCalendar
import { ZEventIcsQuerySchema } from '@/lib/validation/events';
import { ZSlugSchema } from '@/lib/validation/search-params';
import { addCalendarEvent } from '@/server/calendar/add-calendar-event';
import { createCalendar } from '@/server/calendar/create-calendar';
import { getEvent } from '@/server/events/get-event';
import { loadIntl } from '@/server/i18n/load-intl';

export const GET = async (request: Request, { params }: RouteContext<'/api/events/[slug]/ics'>) => {
  const slug = ZSlugSchema.safeParse((await params).slug);
  const query = ZEventIcsQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return Response.json({ error: 'Invalid parameters' }, { status: 400 });
  const { locale } = query.data;
  const event = slug.success ? await getEvent({ slug: slug.data, locale }) : null;
  if (!event) return Response.json({ error: 'Event not found' }, { status: 404 });

  const calendar = createCalendar({ locale });
  // A month or a year is not a calendar entry: only events with known days get one.
  if (!addCalendarEvent({ calendar, event, locale, intl: loadIntl({ locale }) }))
    return Response.json({ error: 'This event has no exact dates' }, { status: 404 });

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
