import type { FieldValues } from './field-values';

/** The kinds of rows the data update manages, in the order it processes them. */
export const ENTITY_TYPES = [
  'source',
  'country',
  'mechanism',
  'document',
  'recommendation',
  'citation',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One row as the data files describe it. */
export type EntityState = {
  type: EntityType;
  /** Its key in the data: source key, ISO code, slug or citation key. */
  key: string;
  /** The fields the data update keeps in step with the data. */
  fields: FieldValues;
  /** What only a new row gets (parents, relations, texts editors own afterwards). */
  create?: Record<string, unknown>;
};

export const SUBREGIONS: Record<string, string> = {
  'South America': 'SOUTH_AMERICA',
  'Central America': 'CENTRAL_AMERICA',
  Caribbean: 'CARIBBEAN',
  'North America': 'NORTH_AMERICA',
};

export const OPCAT_STATUSES: Record<string, string> = {
  party: 'PARTY',
  signatory: 'SIGNATORY',
  not_party: 'NOT_PARTY',
};

export const MODELS: Record<string, string> = {
  ombudsperson_or_nhri: 'OMBUDSPERSON_OR_NHRI',
  new_specialised_body: 'NEW_SPECIALISED_BODY',
  multiple_bodies: 'MULTIPLE_BODIES',
  other: 'OTHER',
};

export const treatyAction = (by: string | undefined) =>
  by === 'ratification' ? 'RATIFICATION' : by === 'accession' ? 'ACCESSION' : null;

export const lookup = (table: Record<string, string>, key: string, what: string): string => {
  const value = table[key];
  if (value === undefined) throw new Error(`Unknown ${what} in prisma/data: ${key}`);
  return value;
};
