import { describe, expect, it } from 'vitest';

import { getOpcatMapStatus } from './opcat-map-status';
import { toCountrySummary } from './to-country-summary';

type Row = Parameters<typeof toCountrySummary>[0];

const today = new Date('2026-11-23');
const date = (iso: string | null) => (iso ? new Date(iso) : null);

// Rows shaped as the database returns them, with the facts of prisma/data/opcat-latam.json.
const row = (fields: {
  iso2: string;
  name: string;
  cat: string | null;
  status: Row['opcatStatus'];
  signed?: string | null;
  ratified?: string | null;
  npm?: string;
}): Row => ({
  slug: fields.name.toLowerCase(),
  iso2: fields.iso2,
  iso3: `${fields.iso2}X`,
  subregion: 'SOUTH_AMERICA',
  federal: false,
  catRatifiedOn: date(fields.cat),
  opcatStatus: fields.status,
  opcatSignedOn: date(fields.signed ?? null),
  opcatRatifiedOn: date(fields.ratified ?? null),
  npmPostponedTo: null,
  translations: [{ locale: 'en', name: fields.name }],
  mechanisms: fields.npm
    ? [
        {
          slug: `${fields.name.toLowerCase()}-npm`,
          acronym: null,
          originalLocale: 'es',
          translations: [{ locale: 'en', name: fields.npm }],
        },
      ]
    : [],
});

const statusOf = (fields: Parameters<typeof row>[0]) =>
  getOpcatMapStatus(toCountrySummary(row(fields), 'en', today));

describe('getOpcatMapStatus', () => {
  it('puts a party with a designated NPM in "npm-designated" (Peru)', () => {
    const peru = {
      iso2: 'PE',
      name: 'Peru',
      cat: '1988-07-07',
      status: 'PARTY' as const,
      ratified: '2006-09-14',
      npm: 'National Preventive Mechanism against Torture',
    };
    expect(statusOf(peru)).toBe('npm-designated');
  });

  it('puts a signatory in "signed" (Venezuela)', () => {
    const venezuela = {
      iso2: 'VE',
      name: 'Venezuela',
      cat: '1991-06-29',
      status: 'SIGNATORY' as const,
      signed: '2011-07-01',
    };
    expect(statusOf(venezuela)).toBe('signed');
  });

  it('puts a state that neither signed nor ratified in "not-party" (Cuba)', () => {
    expect(statusOf({ iso2: 'CU', name: 'Cuba', cat: null, status: 'NOT_PARTY' })).toBe(
      'not-party',
    );
  });

  it('keeps a party without NPM whose deadline is unknown out of "overdue" (Colombia)', () => {
    const colombia = { iso2: 'CO', name: 'Colombia', cat: '1987-12-08', status: 'PARTY' as const };
    expect(statusOf(colombia)).toBe('ratified-no-npm');
  });

  it('keeps a party without NPM whose deadline is still ahead in "ratified-no-npm"', () => {
    const recent = { iso2: 'ZZ', name: 'Recent', cat: null, status: 'PARTY' as const };
    expect(statusOf({ ...recent, ratified: '2026-06-01' })).toBe('ratified-no-npm');
  });

  it('flags a party past its deadline without NPM as "npm-overdue"', () => {
    const late = { iso2: 'ZZ', name: 'Late', cat: '1990-01-01', status: 'PARTY' as const };
    expect(statusOf({ ...late, ratified: '2011-06-02' })).toBe('npm-overdue');
  });
});
