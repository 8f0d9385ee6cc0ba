import { describe, expect, it } from 'vitest';

import { buildCountryTimeline, type BuildCountryTimelineInput } from './build-country-timeline';
import { getNpmDeadline, isNpmOverdue } from './npm-deadline';

const today = new Date('2026-11-23');
const date = (iso: string | null) => (iso ? new Date(iso) : null);

type CountryFacts = {
  cat: string | null;
  status: 'PARTY' | 'SIGNATORY' | 'NOT_PARTY';
  signed?: string;
  ratified?: string;
  postponedTo?: string;
  npm?: { law?: string; on?: string; year?: number };
  locals?: { jurisdiction: string; year: number | null }[];
};

// Built the way getCountry builds a country, from the facts of prisma/data/opcat-latam.json.
const country = (facts: CountryFacts): BuildCountryTimelineInput => {
  const deadline = getNpmDeadline({
    opcatStatus: facts.status,
    opcatRatifiedOn: date(facts.ratified ?? null),
    npmPostponedTo: date(facts.postponedTo ?? null),
  });
  return {
    catRatifiedOn: date(facts.cat),
    opcatSignedOn: date(facts.signed ?? null),
    opcatRatifiedOn: date(facts.ratified ?? null),
    deadline,
    npmOverdue: isNpmOverdue(deadline, Boolean(facts.npm), today),
    nationalMechanism: facts.npm
      ? {
          legalBasisDate: date(facts.npm.law ?? null),
          designatedOn: date(facts.npm.on ?? null),
          designatedYear: facts.npm.year ?? null,
        }
      : null,
    localMechanisms: (facts.locals ?? []).map((local) => ({
      slug: `x-${local.jurisdiction.toLowerCase()}`,
      jurisdiction: local.jurisdiction,
      designatedYear: local.year,
    })),
  };
};

const summary = (input: BuildCountryTimelineInput) =>
  buildCountryTimeline(input).map((entry) => {
    const shown = entry.date.toISOString().slice(0, entry.precision === 'YEAR' ? 4 : 10);
    const flags = [
      entry.derived && 'derived',
      entry.postponed && 'postponed',
      entry.overdue && 'overdue',
      entry.jurisdiction,
    ].filter(Boolean);
    return [entry.kind, shown, ...flags].join(' ');
  });

describe('buildCountryTimeline', () => {
  it('lists Peru from CAT ratification to its NPM, oldest first', () => {
    const peru = country({
      cat: '1988-07-07',
      status: 'PARTY',
      ratified: '2006-09-14',
      npm: { year: 2015 },
    });
    expect(summary(peru)).toEqual([
      'catRatified 1988-07-07',
      'opcatRatified 2006-09-14',
      'npmDeadline 2007-09-14 derived',
      'npmDesignated 2015',
    ]);
    const designation = buildCountryTimeline(peru).at(-1)!;
    expect(designation.date.toISOString()).toBe('2015-01-01T00:00:00.000Z');
  });

  it('uses the full designation date when known, and the law date (Mexico)', () => {
    const mexico = country({
      cat: '1986-01-23',
      status: 'PARTY',
      signed: '2003-09-23',
      ratified: '2005-04-11',
      npm: { on: '2007-07-11', year: 2007, law: '2007-06-01' },
    });
    expect(summary(mexico)).toEqual([
      'catRatified 1986-01-23',
      'opcatSigned 2003-09-23',
      'opcatRatified 2005-04-11',
      'npmLaw 2007-06-01',
      'npmDeadline 2007-06-22 derived',
      'npmDesignated 2007-07-11',
    ]);
  });

  it('adds local mechanisms by year with their jurisdiction (Argentina)', () => {
    const argentina = country({
      cat: '1986-09-24',
      status: 'PARTY',
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
      'catRatified 1986-09-24',
      'opcatSigned 2003-04-30',
      'opcatRatified 2004-11-15',
      'npmDeadline 2007-06-22 derived',
      'localMechanism 2010 Chaco',
      'localMechanism 2011 Mendoza',
      'npmDesignated 2013',
    ]);
  });

  it('skips what is not known: no ratification date means no deadline (Colombia)', () => {
    expect(summary(country({ cat: '1987-12-08', status: 'PARTY' }))).toEqual([
      'catRatified 1987-12-08',
    ]);
  });

  it('has no deadline for a signatory (Venezuela) and nothing at all for Cuba', () => {
    const venezuela = country({ cat: '1991-06-29', status: 'SIGNATORY', signed: '2011-07-01' });
    expect(summary(venezuela)).toEqual(['catRatified 1991-06-29', 'opcatSigned 2011-07-01']);
    expect(summary(country({ cat: null, status: 'NOT_PARTY' }))).toEqual([]);
  });

  it('flags a passed deadline without NPM as overdue', () => {
    const late = country({ cat: null, status: 'PARTY', ratified: '2011-06-02' });
    expect(summary(late)).toEqual([
      'opcatRatified 2011-06-02',
      'npmDeadline 2012-06-02 derived overdue',
    ]);
  });

  it('shows a recorded article 24 postponement as recorded, not derived', () => {
    const postponed = country({
      cat: null,
      status: 'PARTY',
      ratified: '2010-07-20',
      postponedTo: '2014-07-20',
      npm: { year: 2013 },
    });
    expect(summary(postponed)).toEqual([
      'opcatRatified 2010-07-20',
      'npmDesignated 2013',
      'npmDeadline 2014-07-20 postponed',
    ]);
  });
});
