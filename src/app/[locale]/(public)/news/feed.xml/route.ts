// GET /[locale]/news/feed.xml – the latest published news as an Atom feed, with the page's filters
import { ZNewsListQuerySchema } from '@/lib/validation/news';
import { buildNewsFeed } from '@/server/feeds/build-news-feed';
import { createFeedHandler } from '@/server/feeds/create-feed-handler';

export const GET = createFeedHandler({ schema: ZNewsListQuerySchema, build: buildNewsFeed });
