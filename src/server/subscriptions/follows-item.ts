import type { TFollowedTypeKey } from '@/lib/subscriptions/followed-types';

import type { ItemFacets } from './load-item-facets';

export type FollowChoices = {
  contentTypes: readonly string[];
  countryIds: readonly string[];
  mechanismIds: readonly string[];
  themeIds: readonly string[];
};

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((id) => b.includes(id));

/**
 * Whether someone's choices cover a published item: its type is followed and, when they chose
 * countries, mechanisms or themes, the item is about at least one of them (no choice: all).
 */
export const followsItem = (
  choices: FollowChoices,
  type: TFollowedTypeKey,
  facets: ItemFacets,
): boolean => {
  if (!facets.published || !choices.contentTypes.includes(type)) return false;
  const { countryIds, mechanismIds, themeIds } = choices;
  if (countryIds.length + mechanismIds.length + themeIds.length === 0) return true;
  return (
    overlaps(countryIds, facets.countries) ||
    overlaps(mechanismIds, facets.mechanisms) ||
    overlaps(themeIds, facets.themes)
  );
};
