import type { NpmDeadlineStatus } from './get-npm-deadline-status';

type WithDeadlineStatus = { deadlineStatus: NpmDeadlineStatus };

export type NpmDeadlineSummary<T extends WithDeadlineStatus> = {
  /** Parties past their deadline without a designated mechanism. */
  overdue: T[];
  /** Parties without a mechanism whose deadline is unknown: never counted as "not overdue". */
  unknown: T[];
  /** Parties without a mechanism, still within their deadline. */
  pending: T[];
  /** Mechanisms designated after the deadline. */
  late: T[];
  onTime: T[];
  /** Mechanisms whose recorded dates cannot tell whether they were on time. */
  timingUnknown: T[];
};

/** Sorts States by where they stand with their NPM deadline, keeping the given order in each group. */
export const summarizeNpmDeadlines = <T extends WithDeadlineStatus>(
  countries: T[],
): NpmDeadlineSummary<T> => {
  const having = (kind: NpmDeadlineStatus['kind']) =>
    countries.filter((country) => country.deadlineStatus.kind === kind);
  return {
    overdue: having('overdue'),
    unknown: having('unknown'),
    pending: having('pending'),
    late: having('late'),
    onTime: having('on-time'),
    timingUnknown: having('timing-unknown'),
  };
};
