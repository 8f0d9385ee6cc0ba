import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import { hashValue } from '@/server/data-update/field-values';
import { recordSystemAudit } from '@/server/data-update/record-system-audit';

import { findUntcSource } from './find-untc-source';
import type { TreatyDifference } from './treaty-record';
import type { UntcStatusPage } from './untc-page';

export type FileTreatyProposalsOptions = {
  db: Prisma.TransactionClient;
  pages: UntcStatusPage[];
  differences: TreatyDifference[];
};

const json = (value: string | null) => (value === null ? Prisma.JsonNull : value);

/**
 * Files each difference in the editors' review queue (DataProposal) with the UNTC page it comes
 * from as its source; publishes nothing. A value already proposed for that field, whatever became
 * of the proposal (pending, accepted or dismissed), is not filed again: a second run on the same
 * page files nothing. Returns how many proposals it added.
 */
export const fileTreatyProposals = async ({
  db,
  pages,
  differences,
}: FileTreatyProposalsOptions) => {
  let filed = 0;
  const sources = new Map<string, { id: string }>();
  for (const difference of differences) {
    const key = {
      entityType: 'country',
      entityKey: difference.iso2,
      field: difference.field,
      proposedHash: hashValue(difference.proposed),
    };
    const exists = await db.dataProposal.findUnique({
      where: { entityType_entityKey_field_proposedHash: key },
      select: { id: true },
    });
    if (exists) continue;
    const page = pages.find((p) => p.treaty === difference.treaty)!;
    const source = sources.get(page.treaty) ?? (await findUntcSource(db, page));
    sources.set(page.treaty, source);
    const created = await db.dataProposal.create({
      data: {
        ...key,
        entityId: difference.countryId,
        currentValue: json(difference.current),
        proposedValue: json(difference.proposed),
        sourceId: source.id,
      },
    });
    await recordSystemAudit(db, {
      action: 'data.propose',
      entityType: 'dataProposal',
      entityId: created.id,
      before: null,
      after: {
        entityType: 'country',
        entityKey: difference.iso2,
        field: difference.field,
        current: difference.current,
        proposed: difference.proposed,
        source: source.id,
        statusAsAt: page.statusAsAt,
      },
    });
    filed += 1;
  }
  return filed;
};
