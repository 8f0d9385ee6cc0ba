import { createQueryHref } from '@/lib/query-href';
import type { TSearchQuerySchema } from '@/lib/validation/search';

/** The search page's URL for a query with changes applied; page 1 is the default. */
export const searchHref = createQueryHref<TSearchQuerySchema>('/search', { page: 1 });
