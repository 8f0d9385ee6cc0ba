import type { TDocumentListQuerySchema } from '@/lib/validation/documents';

export type LibraryQuery = TDocumentListQuerySchema;

/**
 * The library's URL query for `query` with `changes` applied. Defaults (page 1, newest first) and
 * unset filters are left out, so every view has one short, shareable URL.
 */
export const libraryHref = (query: LibraryQuery, changes: Partial<LibraryQuery> = {}) => {
  const next: Partial<LibraryQuery> = { ...query, ...changes };
  const entries = Object.entries(next).filter(
    ([key, value]) =>
      value !== undefined &&
      !(key === 'page' && value === 1) &&
      !(key === 'sort' && value === 'newest'),
  );
  return {
    pathname: '/documents' as const,
    query: Object.fromEntries(entries.map(([key, value]) => [key, String(value)])),
  };
};
