import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { CitedEntityType } from '@/lib/facts';
import { prisma } from '@/server/db';
import { findEntityLabels } from '@/server/sources/find-entity-labels';

export type FindDataProposalsOptions = { locale: AppLocale };

/** Where a proposal's row is shown and edited, when it is a country or a mechanism. */
const citedType = (entityType: string, entityKey: string): CitedEntityType | null => {
  if (entityType === 'country' || entityType === 'mechanism') return entityType;
  if (entityType === 'citation') {
    const kind = entityKey.split(':')[0];
    return kind === 'country' || kind === 'mechanism' ? kind : null;
  }
  return null;
};

/** Corrections from prisma/data or the treaty check waiting for an editor, oldest first, with the row's name. */
export const findDataProposals = async ({ locale }: FindDataProposalsOptions) => {
  const rows = await prisma.dataProposal.findMany({
    where: { status: 'PENDING' },
    orderBy: { createdAt: 'asc' },
    take: 200,
    include: { source: { select: { title: true, url: true } } },
  });
  const countryIds = rows.filter((r) => r.entityType === 'country').map((r) => r.entityId);
  const mechanismIds = rows.filter((r) => r.entityType === 'mechanism').map((r) => r.entityId);
  const [countries, mechanisms] = await Promise.all([
    findEntityLabels({ entityType: 'country', ids: countryIds, locale }),
    findEntityLabels({ entityType: 'mechanism', ids: mechanismIds, locale }),
  ]);
  return rows.map((row) => {
    const kind = citedType(row.entityType, row.entityKey);
    const entity =
      row.entityType === 'country'
        ? countries.get(row.entityId)
        : row.entityType === 'mechanism'
          ? mechanisms.get(row.entityId)
          : undefined;
    return { ...row, kind, label: entity?.label ?? row.entityKey, path: entity?.path ?? null };
  });
};

export type DataProposalItem = Awaited<ReturnType<typeof findDataProposals>>[number];
