import { FOLLOWED_TYPES, type TFollowedTypeKey } from '@/lib/subscriptions/followed-types';

/** One followed item: its type's key and its id. */
export type ItemRef = { type: TFollowedTypeKey; id: string };

export const itemKey = (ref: ItemRef) => `${ref.type}:${ref.id}`;

/** The followed type whose model an audit row names (`document.publish` → `document`). */
export const typeOfModel = (model: string | null): TFollowedTypeKey | null =>
  (Object.keys(FOLLOWED_TYPES) as TFollowedTypeKey[]).find(
    (key) => FOLLOWED_TYPES[key].model === model,
  ) ?? null;

/** The audit actions that publish a followed item. */
export const PUBLISH_ACTIONS = Object.values(FOLLOWED_TYPES).map((type) => `${type.model}.publish`);

/** Refs in first-seen order, each once. */
export const uniqueRefs = (refs: readonly ItemRef[]) => {
  const seen = new Map<string, ItemRef>();
  for (const ref of refs) if (!seen.has(itemKey(ref))) seen.set(itemKey(ref), ref);
  return [...seen.values()];
};
