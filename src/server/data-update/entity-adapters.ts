import { citationAdapter } from './citation-adapter';
import { countryAdapter } from './country-adapter';
import { documentAdapter } from './document-adapter';
import type { EntityAdapter } from './entity-adapter';
import type { EntityType } from './entity-state';
import { mechanismAdapter } from './mechanism-adapter';
import { recommendationAdapter } from './recommendation-adapter';
import { sourceAdapter } from './source-adapter';

export const ENTITY_ADAPTERS: Partial<Record<EntityType, EntityAdapter>> = {
  source: sourceAdapter,
  country: countryAdapter,
  mechanism: mechanismAdapter,
  document: documentAdapter,
  recommendation: recommendationAdapter,
  citation: citationAdapter,
};

export const adapterFor = (type: string): EntityAdapter => {
  const adapter = ENTITY_ADAPTERS[type as EntityType];
  if (!adapter) throw new Error(`The data update does not manage ${type} rows`);
  return adapter;
};
