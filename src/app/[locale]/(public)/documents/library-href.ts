import { createQueryHref } from '@/lib/query-href';
import type { TDocumentListQuerySchema } from '@/lib/validation/documents';

export type LibraryQuery = TDocumentListQuerySchema;

/** The library's URL for a query with changes applied; page 1 and newest-first are the defaults. */
export const libraryHref = createQueryHref<LibraryQuery>('/documents', {
  page: 1,
  sort: 'newest',
});
