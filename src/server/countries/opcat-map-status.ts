import type { CountrySummary } from './to-country-summary';

/** Map categories, most urgent first: the order of the legend and of the precedence below. */
export const OPCAT_MAP_STATUSES = [
  'npm-overdue',
  'npm-designated',
  'ratified-no-npm',
  'signed',
  'not-party',
] as const;

export type OpcatMapStatus = (typeof OPCAT_MAP_STATUSES)[number];

export type OpcatMapStatusInput = Pick<CountrySummary, 'opcatStatus' | 'npm' | 'npmOverdue'>;

/**
 * One category per country for the map. An overdue designation outranks everything (it is the
 * call to action); a party whose deadline is unknown or still ahead is only "ratified, no NPM".
 */
export const getOpcatMapStatus = (summary: OpcatMapStatusInput): OpcatMapStatus => {
  if (summary.npmOverdue) return 'npm-overdue';
  if (summary.npm) return 'npm-designated';
  if (summary.opcatStatus === 'PARTY') return 'ratified-no-npm';
  if (summary.opcatStatus === 'SIGNATORY') return 'signed';
  return 'not-party';
};
