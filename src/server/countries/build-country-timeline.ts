import type { CountryDetail } from './get-country';

export type CountryTimelineKind =
  | 'catRatified'
  | 'opcatSigned'
  | 'opcatRatified'
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
  /** Computed from the treaty (the NPM deadline), not a recorded event. */
  derived?: boolean;
  overdue?: boolean;
  postponed?: boolean;
  jurisdiction?: string;
  mechanismSlug?: string;
};

type TimelineMechanism = {
  legalBasisDate: Date | null;
  designatedOn: Date | null;
  designatedYear: number | null;
};

export type BuildCountryTimelineInput = Pick<
  CountryDetail,
  'catRatifiedOn' | 'opcatSignedOn' | 'opcatRatifiedOn' | 'deadline' | 'npmOverdue'
> & {
  nationalMechanism: TimelineMechanism | null;
  localMechanisms: (Pick<TimelineMechanism, 'designatedYear'> & {
    slug: string;
    jurisdiction: string | null;
  })[];
};

// Same-day entries keep the order in which things happen under the treaty.
const KIND_ORDER: CountryTimelineKind[] = [
  'catRatified',
  'opcatSigned',
  'opcatRatified',
  'npmLaw',
  'npmDesignated',
  'npmDeadline',
  'localMechanism',
];

const startOfYear = (year: number) => new Date(Date.UTC(year, 0, 1));

const dayEntry = (kind: CountryTimelineKind, date: Date | null): CountryTimelineEntry[] =>
  date ? [{ kind, date, precision: 'DAY' }] : [];

/** The dated milestones of a country, oldest first. Unknown dates are left out, never guessed. */
export const buildCountryTimeline = (
  country: BuildCountryTimelineInput,
): CountryTimelineEntry[] => {
  const { deadline, nationalMechanism: npm } = country;
  const entries: CountryTimelineEntry[] = [
    ...dayEntry('catRatified', country.catRatifiedOn),
    ...dayEntry('opcatSigned', country.opcatSignedOn),
    ...dayEntry('opcatRatified', country.opcatRatifiedOn),
    ...dayEntry('npmLaw', npm?.legalBasisDate ?? null),
  ];

  if (deadline.kind === 'date') {
    entries.push({
      kind: 'npmDeadline',
      date: deadline.date,
      precision: 'DAY',
      // An art. 24 postponement is a recorded declaration; otherwise art. 17 gives the date.
      derived: !deadline.postponed,
      postponed: deadline.postponed,
      overdue: country.npmOverdue,
    });
  }

  if (npm?.designatedOn) entries.push(...dayEntry('npmDesignated', npm.designatedOn));
  else if (npm?.designatedYear) {
    entries.push({
      kind: 'npmDesignated',
      date: startOfYear(npm.designatedYear),
      precision: 'YEAR',
    });
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

  return entries.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.jurisdiction ?? '').localeCompare(b.jurisdiction ?? ''),
  );
};
