import type { NpmDeadline } from './npm-deadline';

/** When the national mechanism was designated: a full date, or only the year the source gives. */
export type NpmDesignation = { on: Date | null; year: number | null };

/** How late a designation was, in its largest whole unit; 'YEAR' when only the year is known. */
export type NpmLateness =
  | { precision: 'DAY'; unit: 'years' | 'months' | 'days'; count: number }
  | { precision: 'YEAR'; unit: 'years'; count: number; year: number };

export type NpmDeadlineStatus =
  /** Not a State party. */
  | { kind: 'not-applicable' }
  /** A party without a mechanism whose deadline is unknown: it may or may not be overdue. */
  | { kind: 'unknown' }
  /** A party without a mechanism, still within its deadline (the deadline day included). */
  | { kind: 'pending'; deadline: Date }
  /** A party whose deadline has passed without a designated mechanism. */
  | { kind: 'overdue'; deadline: Date }
  | { kind: 'on-time' }
  | { kind: 'late'; lateness: NpmLateness }
  /** Designated, but the dates cannot tell whether it was on time. */
  | { kind: 'timing-unknown'; reason: 'deadline-unknown' | 'undated' }
  | { kind: 'timing-unknown'; reason: 'same-year'; year: number };

export type GetNpmDeadlineStatusInput = {
  deadline: NpmDeadline;
  /** Null when no national mechanism is designated (none published). */
  designation: NpmDesignation | null;
  today?: Date;
};

const DAY_MS = 86_400_000;

const utcDay = (date: Date) =>
  Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

const addMonths = (date: Date, months: number) => {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
};

/** Whole months from `from` to `to` (to > from): those that fit entirely. */
const wholeMonths = (from: Date, to: Date) => {
  let months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
};

const latenessByDay = (deadline: Date, designatedOn: Date): NpmLateness => {
  const months = wholeMonths(deadline, designatedOn);
  if (months >= 12) return { precision: 'DAY', unit: 'years', count: Math.floor(months / 12) };
  if (months >= 1) return { precision: 'DAY', unit: 'months', count: months };
  const days = Math.round((utcDay(designatedOn) - utcDay(deadline)) / DAY_MS);
  return { precision: 'DAY', unit: 'days', count: days };
};

const designationStatus = (
  deadline: NpmDeadline,
  { on, year }: NpmDesignation,
): NpmDeadlineStatus => {
  if (deadline.kind !== 'date') return { kind: 'timing-unknown', reason: 'deadline-unknown' };
  if (on) {
    // Designated on the deadline day itself is on time ("at the latest one year after").
    if (utcDay(on) <= utcDay(deadline.date)) return { kind: 'on-time' };
    return { kind: 'late', lateness: latenessByDay(deadline.date, on) };
  }
  if (year === null) return { kind: 'timing-unknown', reason: 'undated' };
  const deadlineYear = deadline.date.getUTCFullYear();
  if (year < deadlineYear) return { kind: 'on-time' };
  // Designated some time in the deadline's own year: before or after it, the source cannot say.
  if (year === deadlineYear) return { kind: 'timing-unknown', reason: 'same-year', year };
  return {
    kind: 'late',
    lateness: { precision: 'YEAR', unit: 'years', count: year - deadlineYear, year },
  };
};

/**
 * Where a State stands with its OPCAT art. 17 obligation to designate an NPM, on `today` (UTC):
 * overdue, still pending, unknown, or designated on time, late (by how much) or at a time the
 * recorded dates cannot place before or after the deadline. Never a guess.
 */
export const getNpmDeadlineStatus = ({
  deadline,
  designation,
  today = new Date(),
}: GetNpmDeadlineStatusInput): NpmDeadlineStatus => {
  if (deadline.kind === 'not-applicable') return { kind: 'not-applicable' };
  if (designation) return designationStatus(deadline, designation);
  if (deadline.kind === 'unknown') return { kind: 'unknown' };
  if (utcDay(today) > utcDay(deadline.date)) return { kind: 'overdue', deadline: deadline.date };
  return { kind: 'pending', deadline: deadline.date };
};
