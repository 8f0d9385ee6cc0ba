import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TDocumentListQuerySchema } from '@/lib/validation/documents';
import { prisma } from '@/server/db';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';

import { documentListOrder, documentListWhere } from './document-list-sql';

export type FindDocumentBatchesOptions = {
  locale: AppLocale;
  query: Omit<TDocumentListQuerySchema, 'page'>;
  batchSize?: number;
};

/**
 * Every document of the library's filtered list, in its order, a batch at a time: exports
 * stream them without ever holding the whole library in memory.
 */
export async function* findDocumentBatches({
  locale,
  query,
  batchSize = 500,
}: FindDocumentBatchesOptions) {
  const where = documentListWhere({ ...query, page: 1 });
  const { joins, orderBy } = documentListOrder(query.sort, locale);
  for (let offset = 0; ; offset += batchSize) {
    const ids = await prisma.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Document" d ${joins} WHERE ${where}
      ORDER BY ${orderBy} LIMIT ${batchSize} OFFSET ${offset}`;
    if (ids.length === 0) return;
    const rows = await prisma.document.findMany({
      where: { id: { in: ids.map((row) => row.id) } },
      select: { ...documentSummarySelect, id: true },
    });
    const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
    yield ids.flatMap(({ id }) => {
      const row = byId.get(id);
      return row ? [toDocumentSummary(row, locale)] : [];
    });
    if (ids.length < batchSize) return;
  }
}
