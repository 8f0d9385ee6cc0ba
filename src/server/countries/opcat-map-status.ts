import type { CountrySummary } from './to-country-summary';

/** Map categories, most urgent first: the order of the legend and of the precedence below. */
export const OPCAT_MAP_STATUSES = [
  'npm-overdue',
  'npm-deadline-unknown',
  'npm-pending',
  'npm-designated',
  'signed',
  'not-party',
] as const;

export type OpcatMapStatus = (typeof OPCAT_MAP_STATUSES)[number];

export type OpcatMapStatusInput = Pick<CountrySummary, 'opcat' | 'npm' | 'deadlineStatus'>;

/**
 * One category per country for the map. An overdue designation outranks everything (it is the
 * call to action). A party without an NPM whose deadline is unknown has a category of its own,
 * never folded into "within the deadline": it may be overdue.
 */
export const getOpcatMapStatus = ({
  opcat,
  npm,
  deadlineStatus,
}: OpcatMapStatusInput): OpcatMapStatus => {
  if (deadlineStatus.kind === 'overdue') return 'npm-overdue';
  if (npm) return 'npm-designated';
  if (deadlineStatus.kind === 'unknown') return 'npm-deadline-unknown';
  if (opcat.kind === 'party') return 'npm-pending';
  if (opcat.kind === 'signatory') return 'signed';
  return 'not-party';
};
