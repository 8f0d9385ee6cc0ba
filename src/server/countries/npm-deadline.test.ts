import { describe, expect, it } from 'vitest';

import { getNpmDeadline, isNpmOverdue } from './npm-deadline';

const party = (ratified: string | null, postponed: string | null = null) => ({
  opcatStatus: 'PARTY' as const,
  opcatRatifiedOn: ratified ? new Date(ratified) : null,
  npmPostponedTo: postponed ? new Date(postponed) : null,
});

const isoDate = (deadline: ReturnType<typeof getNpmDeadline>) =>
  deadline.kind === 'date' ? deadline.date.toISOString().slice(0, 10) : deadline.kind;

describe('getNpmDeadline', () => {
  it('gives early ratifiers one year after the Protocol entered into force', () => {
    expect(isoDate(getNpmDeadline(party('2004-11-15')))).toBe('2007-06-22');
  });

  it('gives later ratifiers one year after their own ratification', () => {
    expect(isoDate(getNpmDeadline(party('2006-09-14')))).toBe('2007-09-14');
    expect(isoDate(getNpmDeadline(party('2011-06-02')))).toBe('2012-06-02');
  });

  it('uses an article 24 postponement when one is on record', () => {
    const deadline = getNpmDeadline(party('2010-07-20', '2014-07-20'));
    expect(deadline).toMatchObject({ kind: 'date', postponed: true });
    expect(isoDate(deadline)).toBe('2014-07-20');
  });

  it('says "unknown" for a party whose ratification date is not known', () => {
    expect(getNpmDeadline(party(null))).toEqual({ kind: 'unknown' });
  });

  it('has no deadline for signatories and non-parties', () => {
    const signatory = { ...party('2011-07-01'), opcatStatus: 'SIGNATORY' as const };
    expect(getNpmDeadline(signatory)).toEqual({ kind: 'not-applicable' });
    const nonParty = { ...party(null), opcatStatus: 'NOT_PARTY' as const };
    expect(getNpmDeadline(nonParty)).toEqual({ kind: 'not-applicable' });
  });
});

describe('isNpmOverdue', () => {
  const today = new Date('2026-11-23');

  it('is overdue when the deadline passed without a designated NPM', () => {
    expect(isNpmOverdue(getNpmDeadline(party('2011-06-02')), false, today)).toBe(true);
  });

  it('is not overdue once an NPM is designated', () => {
    expect(isNpmOverdue(getNpmDeadline(party('2011-06-02')), true, today)).toBe(false);
  });

  it('is not overdue before the deadline or when the deadline is unknown', () => {
    expect(isNpmOverdue(getNpmDeadline(party('2026-06-01')), false, today)).toBe(false);
    expect(isNpmOverdue(getNpmDeadline(party(null)), false, today)).toBe(false);
  });
});
