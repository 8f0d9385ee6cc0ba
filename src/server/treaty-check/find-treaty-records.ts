import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { toIsoDay } from '@/server/data-update/field-values';

import type { TreatyRecord } from './treaty-record';

/** Every country in the database, published or not, with its treaty columns and names. */
export const findTreatyRecords = async (db: Prisma.TransactionClient): Promise<TreatyRecord[]> => {
  const rows = await db.country.findMany({
    orderBy: { iso2: 'asc' },
    include: { translations: { select: { locale: true, name: true } } },
  });
  return rows.map((row) => {
    const english = row.translations.find((t) => t.locale === 'en')?.name;
    return {
      id: row.id,
      iso2: row.iso2,
      label: english ?? row.translations[0]?.name ?? row.iso2,
      names: row.translations.map((t) => t.name),
      fields: {
        catStatus: row.catStatus,
        catRatifiedOn: toIsoDay(row.catRatifiedOn),
        catBy: row.catBy,
        opcatStatus: row.opcatStatus,
        opcatSignedOn: toIsoDay(row.opcatSignedOn),
        opcatRatifiedOn: toIsoDay(row.opcatRatifiedOn),
        opcatBy: row.opcatBy,
        npmPostponedTo: toIsoDay(row.npmPostponedTo),
      },
    };
  });
};
