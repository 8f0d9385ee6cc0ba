import type { TreatyAction } from '@/generated/prisma/enums';

import type { NpmDeadlineStatus } from './get-npm-deadline-status';
import type { CountrySummary } from './to-country-summary';

export type CountryTimelineKind =
  | 'catParty'
  | 'opcatSigned'
  | 'opcatParty'
  | 'opcatInForce'
  | 'npmDeadline'
  | 'npmLaw'
  | 'npmDesignated'
  | 'localMechanism';

export type CountryTimelineEntry = {
  kind: CountryTimelineKind;
  /** UTC midnight; 1 January for a year-only entry. */
  date: Date;
  /** 'YEAR' when the source gives only the year: show no more than that. */
  precision: 'DAY' | 'YEAR';
  /** Ratification or accession, for the treaty entries (null: not recorded). */
  by?: TreatyAction | null;
  /** Computed from the treaty (entry into force, the NPM deadline), not a recorded event. */
  derived?: boolean;
  /** The deadline passed without a designated mechanism. */
  overdue?: boolean;
  postponed?: boolean;
  /** On the NPM's designation: on time, late (by how much), or not known. */
  timing?: NpmDeadlineStatus;
  jurisdiction?: string;
  mechanismSlug?: string;
};

/** A milestone known to have happened (or to apply) whose date is not recorded. */
export type CountryTimelineUndated = {
  kind: Extract<
    CountryTimelineKind,
    'catParty' | 'opcatSigned' | 'opcatParty' | 'npmDeadline' | 'npmDesignated'
  >;
  by?: TreatyAction | null;
};

export type CountryTimeline = {
  entries: CountryTimelineEntry[];
  undated: CountryTimelineUndated[];
};

type TimelineMechanism = {
  legalBasisDate: Date | null;
  designatedOn: Date | null;
  designatedYear: number | null;
};

export type BuildCountryTimelineInput = Pick<
  CountrySummary,
  'cat' | 'opcat' | 'deadline' | 'deadlineStatus'
> & {
  nationalMechanism: TimelineMechanism | null;
  localMechanisms: (Pick<TimelineMechanism, 'designatedYear'> & {
    slug: string;
    jurisdiction: string | null;
  })[];
};

// Same-day entries keep the order in which things happen under the treaty.
const KIND_ORDER: CountryTimelineKind[] = [
  'catParty',
  'opcatSigned',
  'opcatParty',
  'opcatInForce',
  'npmLaw',
  'npmDesignated',
  'npmDeadline',
  'localMechanism',
];

const startOfYear = (year: number) => new Date(Date.UTC(year, 0, 1));

/** Treaty and designation milestones: dated ones in `entries`, undated ones kept apart. */
const collect = (country: BuildCountryTimelineInput): CountryTimeline => {
  const entries: CountryTimelineEntry[] = [];
  const undated: CountryTimelineUndated[] = [];
  const { cat, opcat, deadline, nationalMechanism: npm } = country;

  if (cat.kind === 'party') {
    if (cat.on) entries.push({ kind: 'catParty', date: cat.on, precision: 'DAY', by: cat.by });
    else undated.push({ kind: 'catParty', by: cat.by });
  }

  const signed = opcat.kind === 'signatory' || opcat.kind === 'party' ? opcat.signedOn : null;
  // A signatory signed, and so did a State that ratified; one that acceded did not have to.
  const mustHaveSigned =
    opcat.kind === 'signatory' || (opcat.kind === 'party' && opcat.by === 'RATIFICATION');
  if (signed) entries.push({ kind: 'opcatSigned', date: signed, precision: 'DAY' });
  else if (mustHaveSigned) undated.push({ kind: 'opcatSigned' });

  if (opcat.kind === 'party') {
    if (opcat.on)
      entries.push({ kind: 'opcatParty', date: opcat.on, precision: 'DAY', by: opcat.by });
    else undated.push({ kind: 'opcatParty', by: opcat.by });
  }

  if (deadline.kind === 'date') {
    if (deadline.entryIntoForce) {
      entries.push({
        kind: 'opcatInForce',
        date: deadline.entryIntoForce,
        precision: 'DAY',
        derived: true,
      });
    }
    entries.push({
      kind: 'npmDeadline',
      date: deadline.date,
      precision: 'DAY',
      // An art. 24 postponement is a recorded declaration; otherwise arts. 17 and 28 give the date.
      derived: !deadline.postponed,
      postponed: deadline.postponed,
      overdue: country.deadlineStatus.kind === 'overdue',
    });
  } else if (deadline.kind === 'unknown') {
    undated.push({ kind: 'npmDeadline' });
  }

  if (npm?.legalBasisDate)
    entries.push({ kind: 'npmLaw', date: npm.legalBasisDate, precision: 'DAY' });
  if (npm) {
    const { deadlineStatus } = country;
    const designated = ['on-time', 'late', 'timing-unknown'].includes(deadlineStatus.kind);
    const timing = designated ? deadlineStatus : undefined;
    if (npm.designatedOn) {
      entries.push({ kind: 'npmDesignated', date: npm.designatedOn, precision: 'DAY', timing });
    } else if (npm.designatedYear) {
      const date = startOfYear(npm.designatedYear);
      entries.push({ kind: 'npmDesignated', date, precision: 'YEAR', timing });
    } else undated.push({ kind: 'npmDesignated' });
  }

  for (const local of country.localMechanisms) {
    if (!local.designatedYear) continue;
    entries.push({
      kind: 'localMechanism',
      date: startOfYear(local.designatedYear),
      precision: 'YEAR',
      jurisdiction: local.jurisdiction ?? undefined,
      mechanismSlug: local.slug,
    });
  }
  return { entries, undated };
};

/**
 * The milestones of a country, oldest first. A milestone known to have happened without a
 * recorded date (a party's ratification, a deadline that depends on it) is listed apart as
 * "date unknown", never left out as if it had not happened, and never given a guessed date.
 */
export const buildCountryTimeline = (country: BuildCountryTimelineInput): CountryTimeline => {
  const { entries, undated } = collect(country);
  entries.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.jurisdiction ?? '').localeCompare(b.jurisdiction ?? ''),
  );
  return { entries, undated };
};
