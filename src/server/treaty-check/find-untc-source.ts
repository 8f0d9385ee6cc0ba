import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { recordSystemAudit } from '@/server/data-update/record-system-audit';

import { UNTC_PAGES, type UntcStatusPage } from './untc-page';

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The Source record of a UNTC status page as at its stamp: the one with that address read on
 * that day (prisma/data's `untc-cat`/`untc-opcat` for the 3 Feb 2026 snapshot), else a new one,
 * titled with the stamp so that a fact's sources say which state of the page backs it.
 */
export const findUntcSource = async (db: Prisma.TransactionClient, page: UntcStatusPage) => {
  const { url, title } = UNTC_PAGES[page.treaty];
  const accessedOn = new Date(`${page.statusAsAt}T00:00:00.000Z`);
  const existing = await db.source.findFirst({
    where: { url, accessedOn },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  if (existing) return existing;
  const created = await db.source.create({
    data: {
      title: `${title} (status as at ${DAY_FORMAT.format(accessedOn)})`,
      publisher: 'United Nations Treaty Collection',
      url,
      lang: 'en',
      accessedOn,
    },
  });
  await recordSystemAudit(db, {
    action: 'source.create',
    entityType: 'source',
    entityId: created.id,
    before: null,
    after: { title: created.title, url, accessedOn: page.statusAsAt },
  });
  return created;
};
