// GET /[locale]/events/calendar.ics – subscribable iCalendar of upcoming events (?country=&kind=)
import { ZEventListQuerySchema } from '@/lib/validation/events';
import { buildEventsCalendar } from '@/server/calendar/build-events-calendar';
import { CALENDAR_CONTENT_TYPE, createFeedHandler } from '@/server/feeds/create-feed-handler';

export const GET = createFeedHandler({
  schema: ZEventListQuerySchema,
  build: buildEventsCalendar,
  contentType: CALENDAR_CONTENT_TYPE,
});
