import type { CountryTreatyField } from '@/lib/facts';

import type { UntcTreaty } from './untc-page';

/** A country's treaty columns as the check compares them: days as YYYY-MM-DD, enums as stored. */
export type TreatyRecord = {
  id: string;
  iso2: string;
  /** Its English name, to show. */
  label: string;
  /** Its names in every language, to find it among UNTC's participants. */
  names: string[];
  fields: Record<CountryTreatyField, string | null>;
};

/** One field whose value differs from the UNTC page's. */
export type TreatyDifference = {
  countryId: string;
  iso2: string;
  country: string;
  treaty: UntcTreaty;
  field: CountryTreatyField;
  current: string | null;
  proposed: string | null;
};

/** Something the page says that no field can hold: for an editor to look at, never filed. */
export type TreatyNote = {
  iso2: string;
  country: string;
  treaty: UntcTreaty;
  kind: 'notFound' | 'succession' | 'postponementWithoutPeriod';
};
