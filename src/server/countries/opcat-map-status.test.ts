import { describe, expect, it } from 'vitest';

import { getOpcatMapStatus } from './opcat-map-status';
import { toCountrySummary } from './to-country-summary';

type Row = Parameters<typeof toCountrySummary>[0];

const today = new Date('2026-12-05');
const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

// Rows shaped as the database returns them, with the facts of the shared data (UNTC, APT).
const row = (fields: {
  iso2: string;
  name: string;
  status: Row['opcatStatus'];
  by?: Row['opcatBy'];
  signed?: string;
  ratified?: string;
  npm?: { year?: number; on?: string };
}): Row => ({
  slug: fields.name.toLowerCase(),
  iso2: fields.iso2,
  iso3: `${fields.iso2}X`,
  subregion: 'SOUTH_AMERICA',
  federal: false,
  catStatus: null,
  catRatifiedOn: null,
  catBy: null,
  opcatStatus: fields.status,
  opcatSignedOn: date(fields.signed),
  opcatRatifiedOn: date(fields.ratified),
  opcatBy: fields.by ?? null,
  npmPostponedTo: null,
  translations: [{ locale: 'en', name: fields.name }],
  mechanisms: fields.npm
    ? [
        {
          slug: `${fields.name.toLowerCase()}-npm`,
          acronym: null,
          originalLocale: 'es',
          designatedOn: date(fields.npm.on),
          designatedYear: fields.npm.year ?? null,
          translations: [{ locale: 'en', name: 'National preventive mechanism' }],
        },
      ]
    : [],
});

const statusOf = (fields: Parameters<typeof row>[0], on = today) =>
  getOpcatMapStatus(toCountrySummary(row(fields), 'en', on));

describe('getOpcatMapStatus', () => {
  it('puts a party with a designated NPM in "npm-designated", even a late one (Peru)', () => {
    const peru = { iso2: 'PE', name: 'Peru', status: 'PARTY' as const, by: 'ACCESSION' as const };
    expect(statusOf({ ...peru, ratified: '2006-09-14', npm: { year: 2015 } })).toBe(
      'npm-designated',
    );
  });

  it('keeps Colombia "within the deadline" until 10 Dec 2026, then "overdue"', () => {
    const colombia = {
      iso2: 'CO',
      name: 'Colombia',
      status: 'PARTY' as const,
      by: 'ACCESSION' as const,
      ratified: '2025-11-10',
    };
    expect(statusOf(colombia)).toBe('npm-pending');
    expect(statusOf(colombia, new Date('2026-12-10'))).toBe('npm-pending');
    expect(statusOf(colombia, new Date('2026-12-11'))).toBe('npm-overdue');
  });

  it('gives a party without NPM and without a deposit date a category of its own', () => {
    expect(statusOf({ iso2: 'ZZ', name: 'Undated', status: 'PARTY' })).toBe('npm-deadline-unknown');
  });

  it('flags a party past its deadline without NPM as "npm-overdue"', () => {
    expect(statusOf({ iso2: 'ZZ', name: 'Late', status: 'PARTY', ratified: '2011-06-02' })).toBe(
      'npm-overdue',
    );
  });

  it('puts a signatory in "signed" (Venezuela) and Cuba in "not-party"', () => {
    expect(
      statusOf({ iso2: 'VE', name: 'Venezuela', status: 'SIGNATORY', signed: '2011-07-01' }),
    ).toBe('signed');
    expect(statusOf({ iso2: 'CU', name: 'Cuba', status: 'NOT_PARTY' })).toBe('not-party');
  });
});
