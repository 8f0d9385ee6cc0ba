import { getNpmDeadline } from '@/server/countries/npm-deadline';

import type { UntcPostponement } from './untc-page';

const addYears = (date: Date, years: number) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

/**
 * The day an art. 24 postponement of Part IV ends (npmPostponedTo), from the State's deposit day.
 * "For three years" moves the art. 17 deadline (entry into force + 1 year) by three years: the
 * Committee against Torture's decision on Australia's art. 24(2) request (3 June 2022) reads a
 * deposit of 21 Dec 2017, entry into force 20 Jan 2018, as a deadline postponed to 20 Jan 2022.
 * Montenegro's "two years after the date of the entrance into force" counts from entry into force.
 * Null when the declaration states no period.
 */
export const postponementEnd = (postponement: UntcPostponement, depositOn: string) => {
  if (postponement.years === null) return null;
  const deadline = getNpmDeadline({
    opcatStatus: 'PARTY',
    opcatRatifiedOn: new Date(`${depositOn}T00:00:00.000Z`),
    npmPostponedTo: null,
  });
  if (deadline.kind !== 'date' || !deadline.entryIntoForce || !deadline.art17Date) return null;
  const from =
    postponement.countsFrom === 'entryIntoForce' ? deadline.entryIntoForce : deadline.art17Date;
  return addYears(from, postponement.years).toISOString().slice(0, 10);
};
