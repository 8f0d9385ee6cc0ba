import { describe, expect, it } from 'vitest';

import { getTreatyStanding } from './get-treaty-standing';

const date = (iso: string) => new Date(iso);

describe('getTreatyStanding', () => {
  it('tells ratification from accession (Cuba ratified CAT; Colombia acceded to OPCAT)', () => {
    expect(
      getTreatyStanding({ status: null, by: 'RATIFICATION', ratifiedOn: date('1995-05-17') }),
    ).toEqual({ kind: 'party', by: 'RATIFICATION', on: date('1995-05-17'), signedOn: null });
    expect(
      getTreatyStanding({ status: 'PARTY', by: 'ACCESSION', ratifiedOn: date('2025-11-10') }),
    ).toMatchObject({ kind: 'party', by: 'ACCESSION' });
  });

  it('keeps a party a party when its date is not recorded', () => {
    expect(getTreatyStanding({ status: 'PARTY', by: null, ratifiedOn: null })).toEqual({
      kind: 'party',
      by: null,
      on: null,
      signedOn: null,
    });
    // CAT before its status was recorded: "acceded" alone says the State is a party.
    expect(getTreatyStanding({ status: null, by: 'ACCESSION', ratifiedOn: null })).toMatchObject({
      kind: 'party',
      on: null,
    });
  });

  it('reads a missing CAT status and date as unknown, never as "not a party"', () => {
    expect(getTreatyStanding({ status: null, by: null, ratifiedOn: null })).toEqual({
      kind: 'unknown',
    });
  });

  it('follows a recorded status: signatory with its signature date, or not a party', () => {
    expect(
      getTreatyStanding({
        status: 'SIGNATORY',
        by: null,
        ratifiedOn: null,
        signedOn: date('2011-07-01'),
      }),
    ).toEqual({ kind: 'signatory', signedOn: date('2011-07-01') });
    expect(getTreatyStanding({ status: 'NOT_PARTY', by: null, ratifiedOn: null })).toEqual({
      kind: 'not-party',
    });
  });
});
