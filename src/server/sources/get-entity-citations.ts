import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { type CitedEntityType, FACTS_BY_ENTITY } from '@/lib/facts';

import { findCitations } from './find-citations';
import { findEntityLabels } from './find-entity-labels';

export type GetEntityCitationsOptions = {
  entityType: CitedEntityType;
  id: string;
  locale: AppLocale;
};

/** A country's or mechanism's facts, each with its citation (or none yet), or null. */
export const getEntityCitations = async ({ entityType, id, locale }: GetEntityCitationsOptions) => {
  const [labels, citations] = await Promise.all([
    findEntityLabels({ entityType, ids: [id], locale }),
    findCitations({ entityType, entityIds: [id] }),
  ]);
  const entity = labels.get(id);
  if (!entity) return null;
  const byFact = citations.get(id) ?? {};
  return {
    entityType,
    id,
    ...entity,
    facts: FACTS_BY_ENTITY[entityType].map((fact) => ({ fact, citation: byFact[fact] ?? null })),
  };
};

export type EntityCitations = NonNullable<Awaited<ReturnType<typeof getEntityCitations>>>;
