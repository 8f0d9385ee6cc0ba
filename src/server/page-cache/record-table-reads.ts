import 'server-only';

import { Prisma } from '@/generated/prisma/client';

import { noteTableReads } from './table-reads';
import { type DataModel, tablesOfModelQuery, tablesOfRawQuery } from './tables-of-query';

/**
 * A Prisma extension noting, for the page cache (scripts/lib/page-cache/), which tables each
 * request reads: a cached page is dropped when one of them changes. It runs in the caller's
 * async context, before Prisma batches queries of concurrent requests together.
 */
export const recordTableReads = (dataModel: DataModel) =>
  Prisma.defineExtension({
    name: 'record-table-reads',
    query: {
      $allOperations({ model, args, query }) {
        noteTableReads(() =>
          model ? tablesOfModelQuery(dataModel, model, args) : tablesOfRawQuery(dataModel, args),
        );
        return query(args);
      },
    },
  });
