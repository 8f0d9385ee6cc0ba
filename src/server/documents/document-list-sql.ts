import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TDocumentListQuerySchema } from '@/lib/validation/documents';

// A fixed list, never input: collation names cannot be bound as parameters.
const TITLE_COLLATION: Record<AppLocale, Prisma.Sql> = {
  es: Prisma.raw('"es-x-icu"'),
  pt: Prisma.raw('"pt-x-icu"'),
  en: Prisma.raw('"en-x-icu"'),
};

/**
 * The library's filters as SQL over `"Document" d`; every value is a bound parameter. Implicit
 * many-to-many tables: "A" is the id of the model whose name sorts first.
 */
export const documentListWhere = (query: TDocumentListQuerySchema) => {
  const conditions = [Prisma.sql`d.status = 'PUBLISHED'`];
  if (query.theme)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DocumentToTheme" x
      JOIN "Theme" t ON t.id = x."B" WHERE x."A" = d.id AND t.slug = ${query.theme})`);
  // A country's documents include those of its mechanisms, as on the country page.
  if (query.country)
    conditions.push(Prisma.sql`(EXISTS (SELECT 1 FROM "_CountryToDocument" x
      JOIN "Country" c ON c.id = x."A" WHERE x."B" = d.id AND c.slug = ${query.country})
      OR EXISTS (SELECT 1 FROM "_DocumentToMechanism" x JOIN "Mechanism" m ON m.id = x."B"
      JOIN "Country" c ON c.id = m."countryId" WHERE x."A" = d.id AND c.slug = ${query.country}))`);
  if (query.mechanism)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_DocumentToMechanism" x
      JOIN "Mechanism" m ON m.id = x."B" WHERE x."A" = d.id AND m.slug = ${query.mechanism})`);
  if (query.type) conditions.push(Prisma.sql`d.type = ${query.type}::"DocumentType"`);
  if (query.language) conditions.push(Prisma.sql`d."originalLocale" = ${query.language}::"Locale"`);
  // A range, not EXTRACT(YEAR ...), so the (status, publishedOn) index applies.
  if (query.year)
    conditions.push(Prisma.sql`d."publishedOn" >= ${`${query.year}-01-01`}::date
      AND d."publishedOn" < ${`${query.year + 1}-01-01`}::date`);
  return Prisma.join(conditions, ' AND ');
};

/** FROM-clause joins and ORDER BY for one of the library's sort orders. */
export const documentListOrder = (sort: TDocumentListQuerySchema['sort'], locale: AppLocale) => {
  if (sort !== 'title') {
    return {
      joins: Prisma.empty,
      orderBy: Prisma.sql`d."publishedOn" DESC NULLS LAST, d."createdAt" DESC, d.id`,
    };
  }
  // As pickTranslation: the visitor's language, else the original, else any; then the slug.
  // The language's collation sorts "Árbol" with the As, not after Z.
  return {
    joins: Prisma.sql`
      LEFT JOIN "DocumentTranslation" tl ON tl."documentId" = d.id AND tl.locale = ${locale}::"Locale"
      LEFT JOIN "DocumentTranslation" tor ON tor."documentId" = d.id AND tor.locale = d."originalLocale"`,
    orderBy: Prisma.sql`COALESCE(tl.title, tor.title,
      (SELECT t.title FROM "DocumentTranslation" t WHERE t."documentId" = d.id ORDER BY t.locale LIMIT 1),
      d.slug) COLLATE ${TITLE_COLLATION[locale]} ASC, d.id`,
  };
};
