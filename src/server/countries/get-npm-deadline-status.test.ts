import { describe, expect, it } from 'vitest';

import { getNpmDeadlineStatus, type NpmDesignation } from './get-npm-deadline-status';
import { getNpmDeadline } from './npm-deadline';

// Deposit and designation dates as in the shared data (UNTC, APT); "today" is fixed.
const status = (
  deposit: string | null,
  designation: Partial<NpmDesignation> | null,
  today = '2026-12-05',
  postponedTo: string | null = null,
) =>
  getNpmDeadlineStatus({
    deadline: getNpmDeadline({
      opcatStatus: 'PARTY',
      opcatRatifiedOn: deposit ? new Date(deposit) : null,
      npmPostponedTo: postponedTo ? new Date(postponedTo) : null,
    }),
    designation: designation ? { on: null, year: null, ...designation } : null,
    today: new Date(today),
  });

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('getNpmDeadlineStatus', () => {
  describe('a party without a mechanism (Colombia, accession 10 Nov 2025)', () => {
    it('is within its deadline up to and including 10 Dec 2026', () => {
      for (const today of ['2026-12-05', '2026-12-10T23:59:59Z']) {
        const result = status('2025-11-10', null, today);
        expect(result.kind).toBe('pending');
        if (result.kind === 'pending') expect(day(result.deadline)).toBe('2026-12-10');
      }
    });

    it('is overdue from 11 Dec 2026', () => {
      const result = status('2025-11-10', null, '2026-12-11');
      expect(result.kind).toBe('overdue');
      if (result.kind === 'overdue') expect(day(result.deadline)).toBe('2026-12-10');
    });

    it('is "unknown", never "not overdue", while its accession date is not recorded', () => {
      expect(status(null, null)).toEqual({ kind: 'unknown' });
    });
  });

  it('says how late a designation known to the year was: Peru, 8 years after 14 Oct 2007', () => {
    expect(status('2006-09-14', { year: 2015 })).toEqual({
      kind: 'late',
      lateness: { precision: 'YEAR', unit: 'years', count: 8, year: 2015 },
    });
    // Chile: deposit 12 Dec 2008, deadline 11 Jan 2010, designated 2019.
    expect(status('2008-12-12', { year: 2019 })).toMatchObject({
      kind: 'late',
      lateness: { count: 9 },
    });
  });

  it('says how late a designation known to the day was, in its largest whole unit', () => {
    // Mexico: deadline 22 Jun 2007; 11 Jul 2007 is 19 days later.
    expect(status('2005-04-11', { on: new Date('2007-07-11'), year: 2007 })).toEqual({
      kind: 'late',
      lateness: { precision: 'DAY', unit: 'days', count: 19 },
    });
    expect(status('2005-04-11', { on: new Date('2007-09-21') })).toMatchObject({
      lateness: { unit: 'months', count: 2 },
    });
    // One day short of two years is still one whole year.
    expect(status('2005-04-11', { on: new Date('2009-06-21') })).toMatchObject({
      lateness: { unit: 'years', count: 1 },
    });
    expect(status('2005-04-11', { on: new Date('2009-06-22') })).toMatchObject({
      lateness: { unit: 'years', count: 2 },
    });
  });

  it('counts a designation on the deadline day, or in an earlier year, as on time', () => {
    expect(status('2005-04-11', { on: new Date('2007-06-22') })).toEqual({ kind: 'on-time' });
    expect(status('2005-04-11', { year: 2006 })).toEqual({ kind: 'on-time' });
  });

  it('does not guess when only the deadline year is known for the designation (Costa Rica)', () => {
    // Costa Rica: deadline 22 Jun 2007, designation recorded as "2007".
    expect(status('2005-12-01', { year: 2007 })).toEqual({
      kind: 'timing-unknown',
      reason: 'same-year',
      year: 2007,
    });
  });

  it('does not guess when the deadline or the designation date is unknown', () => {
    expect(status(null, { year: 2015 })).toEqual({
      kind: 'timing-unknown',
      reason: 'deadline-unknown',
    });
    expect(status('2006-09-14', {})).toEqual({ kind: 'timing-unknown', reason: 'undated' });
  });

  it('measures against an art. 24 postponement where one is on record', () => {
    // Art. 17 alone would give 19 Aug 2011: a 2013 designation would be late.
    expect(status('2010-07-20', { year: 2013 }, '2026-12-05', '2014-08-19')).toEqual({
      kind: 'on-time',
    });
    expect(status('2010-07-20', null, '2014-08-19', '2014-08-19')).toMatchObject({
      kind: 'pending',
    });
    expect(status('2010-07-20', null, '2014-08-20', '2014-08-19')).toMatchObject({
      kind: 'overdue',
    });
  });

  it('does not apply to signatories and non-parties, with or without a mechanism', () => {
    for (const opcatStatus of ['SIGNATORY', 'NOT_PARTY'] as const) {
      const deadline = getNpmDeadline({ opcatStatus, opcatRatifiedOn: null, npmPostponedTo: null });
      expect(getNpmDeadlineStatus({ deadline, designation: null })).toEqual({
        kind: 'not-applicable',
      });
      const designation = { on: null, year: 2015 };
      expect(getNpmDeadlineStatus({ deadline, designation })).toEqual({ kind: 'not-applicable' });
    }
  });
});
