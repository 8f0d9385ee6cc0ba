import { describe, expect, it } from 'vitest';

import { getNpmDeadline } from './npm-deadline';

// Deposit dates from the UN Treaty Collection (status as at 3 Feb 2026, shared data SOURCES.md).
const party = (deposit: string | null, postponedTo: string | null = null) => ({
  opcatStatus: 'PARTY' as const,
  opcatRatifiedOn: deposit ? new Date(deposit) : null,
  npmPostponedTo: postponedTo ? new Date(postponedTo) : null,
});

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const summary = (deadline: ReturnType<typeof getNpmDeadline>) =>
  deadline.kind === 'date'
    ? {
        deadline: day(deadline.date),
        inForce: day(deadline.entryIntoForce),
        art17: day(deadline.art17Date),
        postponed: deadline.postponed,
      }
    : deadline.kind;

describe('getNpmDeadline (OPCAT arts. 17, 24 and 28)', () => {
  it('gives Colombia (accession 10 Nov 2025) one year after OPCAT entered into force for it', () => {
    expect(summary(getNpmDeadline(party('2025-11-10')))).toEqual({
      deadline: '2026-12-10',
      inForce: '2025-12-10',
      art17: '2026-12-10',
      postponed: false,
    });
  });

  it('treats an accession like a ratification (Peru acceded on 14 Sep 2006)', () => {
    expect(summary(getNpmDeadline(party('2006-09-14')))).toMatchObject({
      inForce: '2006-10-14',
      deadline: '2007-10-14',
    });
  });

  it('gives the States in by the 20th instrument (23 May 2006) 22 June 2007', () => {
    // Argentina (15 Nov 2004), Mexico (11 Apr 2005), and Bolivia and Honduras, whose deposits of
    // 23 May 2006 were the 20th: the Protocol itself entered into force 30 days later.
    for (const deposit of ['2004-11-15', '2005-04-11', '2006-05-23']) {
      expect(summary(getNpmDeadline(party(deposit)))).toMatchObject({
        inForce: '2006-06-22',
        deadline: '2007-06-22',
      });
    }
  });

  it('counts 30 days from each later deposit (art. 28(2))', () => {
    expect(summary(getNpmDeadline(party('2006-05-24')))).toMatchObject({
      inForce: '2006-06-23',
      deadline: '2007-06-23',
    });
    // Brazil, 12 Jan 2007; Chile, 12 Dec 2008 (across a year end); Panama, 2 Jun 2011.
    expect(summary(getNpmDeadline(party('2007-01-12')))).toMatchObject({ deadline: '2008-02-11' });
    expect(summary(getNpmDeadline(party('2008-12-12')))).toMatchObject({ deadline: '2010-01-11' });
    expect(summary(getNpmDeadline(party('2011-06-02')))).toMatchObject({ deadline: '2012-07-02' });
  });

  it('moves a 29 February entry into force to 1 March of the next year', () => {
    expect(summary(getNpmDeadline(party('2024-01-30')))).toMatchObject({
      inForce: '2024-02-29',
      deadline: '2025-03-01',
    });
  });

  it('uses a recorded art. 24 postponement, keeping the art. 17 date it replaced', () => {
    expect(summary(getNpmDeadline(party('2010-07-20', '2014-08-19')))).toEqual({
      deadline: '2014-08-19',
      inForce: '2010-08-19',
      art17: '2011-08-19',
      postponed: true,
    });
  });

  it('says "unknown" for a party whose date of ratification or accession is not recorded', () => {
    expect(getNpmDeadline(party(null))).toEqual({ kind: 'unknown' });
  });

  it('still uses a postponement on record when the deposit date is unknown', () => {
    expect(summary(getNpmDeadline(party(null, '2014-08-19')))).toEqual({
      deadline: '2014-08-19',
      inForce: null,
      art17: null,
      postponed: true,
    });
  });

  it('has no deadline for signatories (Venezuela) and non-parties (Cuba)', () => {
    const venezuela = { ...party(null), opcatStatus: 'SIGNATORY' as const };
    expect(getNpmDeadline(venezuela)).toEqual({ kind: 'not-applicable' });
    const cuba = { ...party(null), opcatStatus: 'NOT_PARTY' as const };
    expect(getNpmDeadline(cuba)).toEqual({ kind: 'not-applicable' });
  });
});
