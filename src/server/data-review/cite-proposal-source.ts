import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { COUNTRY_TREATY_FIELD_FACTS, type CountryTreatyField } from '@/lib/facts';
import type { Actor } from '@/server/auth/actor';
import { updateFactCitation } from '@/server/sources/update-fact-citation';

export type CiteProposalSourceOptions = {
  actor: Actor;
  proposal: { entityType: string; entityId: string; field: string; sourceId: string };
  db: Prisma.TransactionClient;
};

/**
 * An accepted proposal from a checked source (the UNTC status page as at a day) makes the field's
 * fact cite that source, next to its other sources, verified on the day the page states.
 */
export const citeProposalSource = async ({ actor, proposal, db }: CiteProposalSourceOptions) => {
  if (proposal.entityType !== 'country' || !(proposal.field in COUNTRY_TREATY_FIELD_FACTS)) return;
  const fact = COUNTRY_TREATY_FIELD_FACTS[proposal.field as CountryTreatyField];
  const source = await db.source.findUniqueOrThrow({
    where: { id: proposal.sourceId },
    select: { id: true, accessedOn: true },
  });
  const citation = await db.factCitation.findUnique({
    where: {
      entityType_entityId_fact: { entityType: 'country', entityId: proposal.entityId, fact },
    },
    select: { verifiedOn: true, sources: { select: { id: true } } },
  });
  await updateFactCitation({
    actor,
    entityType: 'country',
    entityId: proposal.entityId,
    fact,
    sourceIds: [...(citation?.sources.map(({ id }) => id) ?? []), source.id],
    verifiedOn: source.accessedOn ?? citation?.verifiedOn ?? null,
    db,
  });
};
