import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { DOCUMENTS_PER_PAGE, type TDocumentListQuerySchema } from '@/lib/validation/documents';
import { prisma } from '@/server/db';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';

import { documentListOrder, documentListWhere } from './document-list-sql';
import { type DocumentFacets, findDocumentFacets } from './find-document-facets';

export type FindDocumentsOptions = {
  locale: AppLocale;
  query: TDocumentListQuerySchema;
  perPage?: number;
};

/** The query without slugs that name no option, so the page shows what it really filtered by. */
const dropUnknownSlugs = (query: TDocumentListQuerySchema, facets: DocumentFacets) => {
  const known = (options: { slug: string }[], slug?: string) =>
    slug && options.some((option) => option.slug === slug) ? slug : undefined;
  return {
    ...query,
    theme: known(facets.themes, query.theme),
    country: known(facets.countries, query.country),
    mechanism: known(facets.mechanisms, query.mechanism),
  };
};

/** The total and one page of ids, counted and ordered in SQL. */
const findPage = async (query: TDocumentListQuerySchema, locale: AppLocale, perPage: number) => {
  const where = documentListWhere(query);
  const { joins, orderBy } = documentListOrder(query.sort, locale);
  const [countRows, pageRows] = await Promise.all([
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Document" d WHERE ${where}`,
    prisma.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Document" d ${joins} WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${perPage} OFFSET ${(query.page - 1) * perPage}`,
  ]);
  return { total: countRows[0]?.total ?? 0, ids: pageRows.map((row) => row.id) };
};

/**
 * One page of the published library with its filter choices. Filtering, counting and ordering
 * (titles included) run in SQL, so only the page's rows are loaded whatever the library's size;
 * facets and the page are read in parallel.
 */
export const findDocuments = async ({
  locale,
  query: requested,
  perPage = DOCUMENTS_PER_PAGE,
}: FindDocumentsOptions) => {
  const [facets, requestedPage] = await Promise.all([
    findDocumentFacets({ locale, selected: requested }),
    findPage(requested, locale, perPage),
  ]);
  const query = dropUnknownSlugs(requested, facets);
  const unchanged = (['theme', 'country', 'mechanism'] as const).every(
    (key) => query[key] === requested[key],
  );
  // Rare: a stale or mistyped slug. Count again without it rather than show nothing.
  const { total, ids } = unchanged ? requestedPage : await findPage(query, locale, perPage);

  const rows =
    ids.length === 0
      ? []
      : await prisma.document.findMany({
          where: { id: { in: ids } },
          select: { ...documentSummarySelect, id: true },
        });
  const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toDocumentSummary(row, locale)] : [];
  });

  return {
    items,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    perPage,
    query,
    facets,
  };
};
