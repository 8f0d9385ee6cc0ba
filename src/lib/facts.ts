// The facts pages show with a source marker, by entity. A FactCitation row names one of these.

export const COUNTRY_FACTS = [
  'cat',
  'opcatStatus',
  'opcatSigned',
  'opcatRatified',
  'art24',
  /** The other sources of the country's profile, listed with the page's sources. */
  'record',
] as const;

export const MECHANISM_FACTS = [
  'name',
  'designation',
  'model',
  'legalBasis',
  'website',
  'email',
  'phone',
  'address',
] as const;

/** The fact each treaty column of a country is shown as (and cited for). */
export const COUNTRY_TREATY_FIELD_FACTS = {
  catStatus: 'cat',
  catRatifiedOn: 'cat',
  catBy: 'cat',
  opcatStatus: 'opcatStatus',
  opcatSignedOn: 'opcatSigned',
  opcatRatifiedOn: 'opcatRatified',
  opcatBy: 'opcatRatified',
  npmPostponedTo: 'art24',
} as const satisfies Record<string, CountryFact>;

export type CountryTreatyField = keyof typeof COUNTRY_TREATY_FIELD_FACTS;

export const CONTACT_FACTS = ['website', 'email', 'phone', 'address'] as const;

export type CountryFact = (typeof COUNTRY_FACTS)[number];
export type MechanismFact = (typeof MECHANISM_FACTS)[number];
export type Fact = CountryFact | MechanismFact;
export type CitedEntityType = 'country' | 'mechanism';

export const FACTS_BY_ENTITY: Record<CitedEntityType, readonly Fact[]> = {
  country: COUNTRY_FACTS,
  mechanism: MECHANISM_FACTS,
};

export const isFact = (entityType: CitedEntityType, fact: string): fact is Fact =>
  (FACTS_BY_ENTITY[entityType] as readonly string[]).includes(fact);
