import { createQueryHref } from '@/lib/query-href';
import type { TNewsListQuerySchema } from '@/lib/validation/news';

/** /news for a query with changes applied; page 1 is the default. */
export const newsHref = createQueryHref<TNewsListQuerySchema>('/news', { page: 1 });
