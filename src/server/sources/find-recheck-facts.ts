import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { type CitedEntityType, isFact } from '@/lib/facts';
import { prisma } from '@/server/db';

import { findEntityLabels } from './find-entity-labels';

export type FindRecheckFactsOptions = {
  locale: AppLocale;
  /** Facts last verified longer ago than this, or never, are due. */
  months: number;
  today?: Date;
};

const monthsBefore = (date: Date, months: number) => {
  const cutoff = new Date(date);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
};

/**
 * The facts to re-check: never verified, or verified before the cutoff. Oldest first, never
 * verified before those; each with its entity's name and where to edit it.
 */
export const findRecheckFacts = async ({
  locale,
  months,
  today = new Date(),
}: FindRecheckFactsOptions) => {
  const cutoff = monthsBefore(today, months);
  const rows = await prisma.factCitation.findMany({
    where: { OR: [{ verifiedOn: null }, { verifiedOn: { lt: cutoff } }] },
    select: {
      id: true,
      entityType: true,
      entityId: true,
      fact: true,
      verifiedOn: true,
      verifiedPrecision: true,
      _count: { select: { sources: true } },
    },
  });
  const byType = (type: CitedEntityType) => [
    ...new Set(rows.filter((row) => row.entityType === type).map((row) => row.entityId)),
  ];
  const [countries, mechanisms] = await Promise.all([
    findEntityLabels({ entityType: 'country', ids: byType('country'), locale }),
    findEntityLabels({ entityType: 'mechanism', ids: byType('mechanism'), locale }),
  ]);
  const facts = rows.flatMap(({ _count, ...row }) => {
    const entityType = row.entityType as CitedEntityType;
    const entity = (entityType === 'country' ? countries : mechanisms).get(row.entityId);
    // Citations of deleted rows, and the profile's other sources (no fact of their own), are
    // not listed.
    if (!entity || !isFact(entityType, row.fact) || row.fact === 'record') return [];
    return [{ ...row, entityType, fact: row.fact, sourceCount: _count.sources, ...entity }];
  });
  // Never verified first, then the oldest; within a date, by country or mechanism.
  const collator = new Intl.Collator(locale);
  facts.sort(
    (a, b) =>
      (a.verifiedOn?.getTime() ?? 0) - (b.verifiedOn?.getTime() ?? 0) ||
      collator.compare(a.label, b.label),
  );
  return { cutoff, months, facts };
};
