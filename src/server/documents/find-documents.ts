import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { DOCUMENTS_PER_PAGE, type TDocumentListQuerySchema } from '@/lib/validation/documents';
import { prisma } from '@/server/db';

import { type DocumentFacets, findDocumentFacets } from './find-document-facets';
import { documentSummarySelect, toDocumentSummary } from './to-document-summary';

export type FindDocumentsOptions = {
  locale: AppLocale;
  query: TDocumentListQuerySchema;
  perPage?: number;
};

// A fixed list, never input: collation names cannot be bound as parameters.
const TITLE_COLLATION: Record<AppLocale, Prisma.Sql> = {
  es: Prisma.raw('"es-x-icu"'),
  pt: Prisma.raw('"pt-x-icu"'),
  en: Prisma.raw('"en-x-icu"'),
};

/** Slugs that name nothing are dropped, so the page shows what it actually filtered by. */
const resolveQuery = (query: TDocumentListQuerySchema, facets: DocumentFacets) => {
  const find = (options: { id: string; slug: string }[], slug?: string) =>
    slug ? options.find((option) => option.slug === slug) : undefined;
  const theme = find(facets.themes, query.theme);
  const country = find(facets.countries, query.country);
  const mechanism = find(facets.mechanisms, query.mechanism);
  return {
    query: { ...query, theme: theme?.slug, country: country?.slug, mechanism: mechanism?.slug },
    ids: { theme: theme?.id, country: country?.id, mechanism: mechanism?.id },
  };
};

type FilterIds = ReturnType<typeof resolveQuery>['ids'];

// Implicit many-to-many tables: "A" is the id of the model whose name sorts first.
const whereClause = (query: TDocumentListQuerySchema, ids: FilterIds) => {
  const conditions = [Prisma.sql`d.status = 'PUBLISHED'`];
  if (ids.theme)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DocumentToTheme" x
      WHERE x."A" = d.id AND x."B" = ${ids.theme})`);
  if (ids.country)
    conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM "_CountryToDocument" x
      WHERE x."B" = d.id AND x."A" = ${ids.country})
      OR EXISTS (SELECT 1 FROM "_DocumentToMechanism" x JOIN "Mechanism" m ON m.id = x."B"
      WHERE x."A" = d.id AND m."countryId" = ${ids.country}))`);
  if (ids.mechanism)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DocumentToMechanism" x
      WHERE x."A" = d.id AND x."B" = ${ids.mechanism})`);
  if (query.type) conditions.push(Prisma.sql`d.type = ${query.type}::"DocumentType"`);
  if (query.language) conditions.push(Prisma.sql`d."originalLocale" = ${query.language}::"Locale"`);
  if (query.year)
    conditions.push(Prisma.sql`d."publishedOn" >= ${`${query.year}-01-01`}::date
      AND d."publishedOn" < ${`${query.year + 1}-01-01`}::date`);
  return Prisma.join(conditions, ' AND ');
};

/** Joins that give each row its title in the visitor's language and in the original one. */
const titleJoins = (locale: AppLocale) => Prisma.sql`
  LEFT JOIN "DocumentTranslation" tl ON tl."documentId" = d.id AND tl.locale = ${locale}::"Locale"
  LEFT JOIN "DocumentTranslation" tor ON tor."documentId" = d.id AND tor.locale = d."originalLocale"`;

/** As pickTranslation: the visitor's language, else the original, else any; then the slug. */
const titleOrder = (locale: AppLocale) => Prisma.sql`COALESCE(tl.title, tor.title,
    (SELECT t.title FROM "DocumentTranslation" t WHERE t."documentId" = d.id ORDER BY t.locale LIMIT 1),
    d.slug
  ) COLLATE ${TITLE_COLLATION[locale]} ASC, d.id`;

const NEWEST_ORDER = Prisma.sql`d."publishedOn" DESC NULLS LAST, d."createdAt" DESC, d.id`;

/**
 * One page of the published library. Filtering, counting and ordering (titles included) run in
 * SQL, so only the page's rows are loaded whatever the size of the library.
 */
export const findDocuments = async ({
  locale,
  query: requested,
  perPage = DOCUMENTS_PER_PAGE,
}: FindDocumentsOptions) => {
  const facets = await findDocumentFacets({ locale, selected: requested });
  const { query, ids } = resolveQuery(requested, facets);
  const where = whereClause(query, ids);
  const byTitle = query.sort === 'title';
  const joins = byTitle ? titleJoins(locale) : Prisma.empty;
  const order = byTitle ? titleOrder(locale) : NEWEST_ORDER;

  const [countRows, pageRows] = await Promise.all([
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Document" d WHERE ${where}`,
    prisma.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Document" d ${joins} WHERE ${where}
      ORDER BY ${order}
      LIMIT ${perPage} OFFSET ${(query.page - 1) * perPage}`,
  ]);

  const total = countRows[0]?.total ?? 0;
  const rows =
    pageRows.length === 0
      ? []
      : await prisma.document.findMany({
          where: { id: { in: pageRows.map((row) => row.id) } },
          select: { ...documentSummarySelect, id: true },
        });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = pageRows
    .map((row) => byId.get(row.id))
    .filter((row) => row !== undefined)
    .map(({ id: _id, ...row }) => toDocumentSummary(row, locale));

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
