// GET /[locale]/documents/feed.xml – the library as an Atom feed, with the library's filters
import { ZDocumentListQuerySchema } from '@/lib/validation/documents';
import { buildDocumentFeed } from '@/server/feeds/build-document-feed';
import { createFeedHandler } from '@/server/feeds/create-feed-handler';

export const GET = createFeedHandler({
  schema: ZDocumentListQuerySchema,
  build: buildDocumentFeed,
});
