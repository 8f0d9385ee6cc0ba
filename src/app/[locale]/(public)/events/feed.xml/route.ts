// GET /[locale]/events/feed.xml – upcoming and latest events as an Atom feed, with the page's filters
import { ZEventListQuerySchema } from '@/lib/validation/events';
import { buildEventFeed } from '@/server/feeds/build-event-feed';
import { createFeedHandler } from '@/server/feeds/create-feed-handler';

export const GET = createFeedHandler({ schema: ZEventListQuerySchema, build: buildEventFeed });
