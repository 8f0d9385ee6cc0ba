import 'server-only';

import { type Facet, FOLLOWED_TYPES, type FollowedType } from '@/lib/subscriptions/followed-types';
import { prisma } from '@/server/db';

import { followedDelegate, type FollowedRow } from './followed-delegate';
import { itemKey, type ItemRef } from './item-ref';

/** What an item is about, for matching it to what people follow. */
export type ItemFacets = {
  published: boolean;
  countries: string[];
  mechanisms: string[];
  themes: string[];
};

const FACETS = ['countries', 'mechanisms', 'themes'] as const;

const facetSelect = (facet: Facet | undefined): Record<string, unknown> => {
  if (!facet) return {};
  return 'many' in facet ? { [facet.many]: { select: { id: true } } } : { [facet.column]: true };
};

const facetIds = (row: FollowedRow, facet: Facet | undefined): string[] => {
  if (!facet) return [];
  if ('column' in facet) {
    const id = row[facet.column];
    return typeof id === 'string' ? [id] : [];
  }
  return ((row[facet.many] as { id: string }[] | undefined) ?? []).map((related) => related.id);
};

/**
 * Countries, mechanisms and themes of each item, by `itemKey`. An item's mechanisms count for
 * their countries too: an event of Peru's NPM is about Peru. Items that no longer exist are absent.
 */
export const loadItemFacets = async (refs: readonly ItemRef[]) => {
  const facets = new Map<string, ItemFacets>();
  for (const type of new Set(refs.map((ref) => ref.type))) {
    const definition: FollowedType = FOLLOWED_TYPES[type];
    const rows = await followedDelegate(type).findMany({
      where: { id: { in: refs.filter((ref) => ref.type === type).map((ref) => ref.id) } },
      select: {
        id: true,
        status: true,
        ...FACETS.reduce<Record<string, unknown>>(
          (select, name) => ({ ...select, ...facetSelect(definition[name]) }),
          {},
        ),
      },
    });
    for (const row of rows) {
      facets.set(itemKey({ type, id: row.id }), {
        published: row.status === 'PUBLISHED',
        countries: facetIds(row, definition.countries),
        mechanisms: facetIds(row, definition.mechanisms),
        themes: facetIds(row, definition.themes),
      });
    }
  }
  const mechanismIds = [...new Set([...facets.values()].flatMap((item) => item.mechanisms))];
  if (mechanismIds.length > 0) {
    const mechanisms = await prisma.mechanism.findMany({
      where: { id: { in: mechanismIds } },
      select: { id: true, countryId: true },
    });
    const countryOf = new Map(mechanisms.map((m) => [m.id, m.countryId]));
    for (const item of facets.values()) {
      const extra = item.mechanisms.flatMap((id) => countryOf.get(id) ?? []);
      item.countries = [...new Set([...item.countries, ...extra])];
    }
  }
  return facets;
};
