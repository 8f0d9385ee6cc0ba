import { describe, expect, it } from 'vitest';

import type { TreatyAction } from '@/generated/prisma/enums';

import { buildCountryTimeline, type BuildCountryTimelineInput } from './build-country-timeline';
import { getNpmDeadlineStatus } from './get-npm-deadline-status';
import { getTreatyStanding } from './get-treaty-standing';
import { getNpmDeadline } from './npm-deadline';

const today = new Date('2026-12-05');
const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

type CountryFacts = {
  cat?: string;
  catBy?: TreatyAction;
  status: 'PARTY' | 'SIGNATORY' | 'NOT_PARTY';
  by?: TreatyAction;
  signed?: string;
  ratified?: string;
  postponedTo?: string;
  npm?: { law?: string; on?: string; year?: number };
  locals?: { jurisdiction: string; year: number | null }[];
};

// Built the way getCountry builds a country, from the facts of the shared data (UNTC, APT).
const country = (facts: CountryFacts): BuildCountryTimelineInput => {
  const deadline = getNpmDeadline({
    opcatStatus: facts.status,
    opcatRatifiedOn: date(facts.ratified),
    npmPostponedTo: date(facts.postponedTo),
  });
  const npm = facts.npm
    ? {
        legalBasisDate: date(facts.npm.law),
        designatedOn: date(facts.npm.on),
        designatedYear: facts.npm.year ?? null,
      }
    : null;
  return {
    cat: getTreatyStanding({ status: null, by: facts.catBy ?? null, ratifiedOn: date(facts.cat) }),
    opcat: getTreatyStanding({
      status: facts.status,
      by: facts.by ?? null,
      ratifiedOn: date(facts.ratified),
      signedOn: date(facts.signed),
    }),
    deadline,
    deadlineStatus: getNpmDeadlineStatus({
      deadline,
      designation: npm && { on: npm.designatedOn, year: npm.designatedYear },
      today,
    }),
    nationalMechanism: npm,
    localMechanisms: (facts.locals ?? []).map((local) => ({
      slug: `x-${local.jurisdiction.toLowerCase()}`,
      jurisdiction: local.jurisdiction,
      designatedYear: local.year,
    })),
  };
};

const summary = (input: BuildCountryTimelineInput) => {
  const { entries, undated } = buildCountryTimeline(input);
  const dated = entries.map((entry) => {
    const shown = entry.date.toISOString().slice(0, entry.precision === 'YEAR' ? 4 : 10);
    const timing =
      entry.timing?.kind === 'late'
        ? `late ${entry.timing.lateness.count} ${entry.timing.lateness.unit}`
        : entry.timing?.kind;
    const flags = [
      entry.by,
      entry.derived && 'derived',
      entry.postponed && 'postponed',
      entry.overdue && 'overdue',
      timing,
      entry.jurisdiction,
    ].filter(Boolean);
    return [entry.kind, shown, ...flags].join(' ');
  });
  return [
    ...dated,
    ...undated.map((entry) => [entry.kind, 'undated', entry.by].filter(Boolean).join(' ')),
  ];
};

describe('buildCountryTimeline', () => {
  it('lists Peru: accession, entry into force, deadline, and a designation 8 years late', () => {
    const peru = country({
      cat: '1988-07-07',
      catBy: 'RATIFICATION',
      status: 'PARTY',
      by: 'ACCESSION',
      ratified: '2006-09-14',
      npm: { year: 2015 },
    });
    expect(summary(peru)).toEqual([
      'catParty 1988-07-07 RATIFICATION',
      'opcatParty 2006-09-14 ACCESSION',
      'opcatInForce 2006-10-14 derived',
      'npmDeadline 2007-10-14 derived',
      'npmDesignated 2015 late 8 years',
    ]);
    const designation = buildCountryTimeline(peru).entries.at(-1)!;
    expect(designation.date.toISOString()).toBe('2015-01-01T00:00:00.000Z');
  });

  it('lists Colombia: accession 10 Nov 2025 and a derived deadline of 10 Dec 2026', () => {
    const colombia = country({
      cat: '1987-12-08',
      catBy: 'RATIFICATION',
      status: 'PARTY',
      by: 'ACCESSION',
      ratified: '2025-11-10',
    });
    expect(summary(colombia)).toEqual([
      'catParty 1987-12-08 RATIFICATION',
      'opcatParty 2025-11-10 ACCESSION',
      'opcatInForce 2025-12-10 derived',
      'npmDeadline 2026-12-10 derived',
    ]);
  });

  it('uses the full designation date when known, and the law date (Mexico)', () => {
    const mexico = country({
      cat: '1986-01-23',
      status: 'PARTY',
      by: 'RATIFICATION',
      signed: '2003-09-23',
      ratified: '2005-04-11',
      npm: { on: '2007-07-11', year: 2007, law: '2007-06-01' },
    });
    expect(summary(mexico)).toEqual([
      'catParty 1986-01-23',
      'opcatSigned 2003-09-23',
      'opcatParty 2005-04-11 RATIFICATION',
      'opcatInForce 2006-06-22 derived',
      'npmLaw 2007-06-01',
      'npmDeadline 2007-06-22 derived',
      'npmDesignated 2007-07-11 late 19 days',
    ]);
  });

  it('adds local mechanisms by year with their jurisdiction (Argentina)', () => {
    const argentina = country({
      cat: '1986-09-24',
      status: 'PARTY',
      by: 'RATIFICATION',
      signed: '2003-04-30',
      ratified: '2004-11-15',
      npm: { year: 2013 },
      locals: [
        { jurisdiction: 'Mendoza', year: 2011 },
        { jurisdiction: 'Chaco', year: 2010 },
        { jurisdiction: 'Unknown year', year: null },
      ],
    });
    expect(summary(argentina)).toEqual([
      'catParty 1986-09-24',
      'opcatSigned 2003-04-30',
      'opcatParty 2004-11-15 RATIFICATION',
      'opcatInForce 2006-06-22 derived',
      'npmDeadline 2007-06-22 derived',
      'localMechanism 2010 Chaco',
      'localMechanism 2011 Mendoza',
      'npmDesignated 2013 late 6 years',
    ]);
  });

  it('lists what is known to have happened without a date as undated, never leaves it out', () => {
    // A party by ratification whose signature and deposit dates are not recorded, without an NPM.
    expect(summary(country({ cat: '1987-12-08', status: 'PARTY', by: 'RATIFICATION' }))).toEqual([
      'catParty 1987-12-08',
      'opcatSigned undated',
      'opcatParty undated RATIFICATION',
      'npmDeadline undated',
    ]);
    // A party by accession did not sign; its designation year is unknown too.
    expect(
      summary(country({ status: 'PARTY', by: 'ACCESSION', ratified: '2006-09-14', npm: {} })),
    ).toEqual([
      'opcatParty 2006-09-14 ACCESSION',
      'opcatInForce 2006-10-14 derived',
      'npmDeadline 2007-10-14 derived',
      'npmDesignated undated',
    ]);
  });

  it('has no deadline for a signatory (Venezuela) and nothing at all for Cuba without CAT', () => {
    const venezuela = country({ cat: '1991-07-29', status: 'SIGNATORY', signed: '2011-07-01' });
    expect(summary(venezuela)).toEqual(['catParty 1991-07-29', 'opcatSigned 2011-07-01']);
    expect(summary(country({ status: 'NOT_PARTY' }))).toEqual([]);
  });

  it('flags a passed deadline without NPM as overdue', () => {
    const late = country({ status: 'PARTY', ratified: '2011-06-02' });
    expect(summary(late)).toEqual([
      'opcatParty 2011-06-02',
      'opcatInForce 2011-07-02 derived',
      'npmDeadline 2012-07-02 derived overdue',
    ]);
  });

  it('shows a recorded article 24 postponement as recorded, not derived', () => {
    const postponed = country({
      status: 'PARTY',
      ratified: '2010-07-20',
      postponedTo: '2014-08-19',
      npm: { year: 2013 },
    });
    expect(summary(postponed)).toEqual([
      'opcatParty 2010-07-20',
      'opcatInForce 2010-08-19 derived',
      'npmDesignated 2013 on-time',
      'npmDeadline 2014-08-19 postponed',
    ]);
  });
});
