import { describe, expect, it } from 'vitest';

import { OPCAT_RECORDS } from '@/server/data-update/data-files';
import { OPCAT_STATUSES, treatyAction } from '@/server/data-update/entity-state';

import {
  catPage,
  changedDate,
  newParties,
  newPostponement,
  opcatPage,
} from '../../../tests/fixtures/untc/untc-fixtures';
import { diffTreatyStatus } from './diff-treaty-status';
import { parseUntcPage } from './parse-untc-page';
import type { TreatyRecord } from './treaty-record';

/** The countries as the data files (prisma/data/opcat-latam.json) record them. */
const records: TreatyRecord[] = OPCAT_RECORDS.map((r) => ({
  id: r.iso2,
  iso2: r.iso2,
  label: r.name.en,
  names: [r.name.en, r.name.es, r.name.pt],
  fields: {
    catStatus: null,
    catRatifiedOn: r.cat.ratified,
    catBy: treatyAction(r.cat.by),
    opcatStatus: OPCAT_STATUSES[r.opcat.status]!,
    opcatSignedOn: r.opcat.signed,
    opcatRatifiedOn: r.opcat.ratified,
    opcatBy: treatyAction(r.opcat.by),
    npmPostponedTo: null,
  },
}));

const cat = parseUntcPage(catPage());
const opcat = parseUntcPage(opcatPage());
const withFields = (iso2: string, fields: Partial<TreatyRecord['fields']>) =>
  records.map((r) => (r.iso2 === iso2 ? { ...r, fields: { ...r.fields, ...fields } } : r));

describe('diffTreatyStatus', () => {
  it('finds only Haiti on the saved pages: a CAT signatory the data records nothing for', () => {
    expect(diffTreatyStatus({ pages: [cat, opcat], records })).toEqual({
      differences: [
        {
          countryId: 'HT',
          iso2: 'HT',
          country: 'Haiti',
          treaty: 'CAT',
          field: 'catStatus',
          current: null,
          proposed: 'SIGNATORY',
        },
      ],
      notes: [],
    });
  });

  it('files a changed date with the old and new value', () => {
    const { differences } = diffTreatyStatus({ pages: [parseUntcPage(changedDate())], records });
    expect(differences).toEqual([
      expect.objectContaining({
        iso2: 'AR',
        field: 'opcatRatifiedOn',
        current: '2004-11-15',
        proposed: '2004-11-16',
      }),
    ]);
  });

  it('files every field of a new party: status, date and how', () => {
    const { differences } = diffTreatyStatus({ pages: [parseUntcPage(newParties())], records });
    const pick = differences.map(({ iso2, field, current, proposed }) => [
      iso2,
      field,
      current,
      proposed,
    ]);
    expect(pick).toEqual([
      ['CU', 'opcatStatus', 'NOT_PARTY', 'PARTY'],
      ['CU', 'opcatRatifiedOn', null, '2026-02-02'],
      ['CU', 'opcatBy', null, 'ACCESSION'],
      ['VE', 'opcatStatus', 'SIGNATORY', 'PARTY'],
      ['VE', 'opcatRatifiedOn', null, '2026-03-03'],
      ['VE', 'opcatBy', null, 'RATIFICATION'],
    ]);
  });

  it('files the end of a new art. 24 postponement: art. 17 deadline plus its three years', () => {
    // Argentina deposited on 15 Nov 2004: in force 22 Jun 2006, art. 17 deadline 22 Jun 2007.
    const { differences } = diffTreatyStatus({
      pages: [parseUntcPage(newPostponement())],
      records,
    });
    expect(differences).toEqual([
      expect.objectContaining({
        iso2: 'AR',
        field: 'npmPostponedTo',
        current: null,
        proposed: '2010-06-22',
      }),
    ]);
  });

  it('proposes removing a postponement UNTC does not list, and keeps a recorded end', () => {
    const postponed = withFields('AR', { npmPostponedTo: '2012-01-01' });
    expect(diffTreatyStatus({ pages: [opcat], records: postponed }).differences).toEqual([
      expect.objectContaining({ iso2: 'AR', field: 'npmPostponedTo', proposed: null }),
    ]);
    const declared = diffTreatyStatus({
      pages: [parseUntcPage(newPostponement())],
      records: postponed,
    });
    expect(declared.differences).toEqual([]);
  });

  it('reads an empty CAT status as "party" when a CAT date is recorded, as the pages do', () => {
    const explicit = withFields('AR', { catStatus: 'PARTY' });
    const forArgentina = (found: { differences: { iso2: string }[] }) =>
      found.differences.filter((d) => d.iso2 === 'AR');
    expect(forArgentina(diffTreatyStatus({ pages: [cat], records: explicit }))).toEqual([]);
    const wrong = withFields('AR', { catStatus: 'SIGNATORY' });
    expect(diffTreatyStatus({ pages: [cat], records: wrong }).differences).toContainEqual(
      expect.objectContaining({
        iso2: 'AR',
        field: 'catStatus',
        current: 'SIGNATORY',
        proposed: 'PARTY',
      }),
    );
  });

  it('notes a bound State it cannot find instead of proposing it never joined', () => {
    const renamed = records.map((r) =>
      r.iso2 === 'AR' ? { ...r, names: ['República Argentina'], label: 'República Argentina' } : r,
    );
    const result = diffTreatyStatus({ pages: [opcat], records: renamed });
    expect(result.differences).toEqual([]);
    expect(result.notes).toEqual([
      { iso2: 'AR', country: 'República Argentina', treaty: 'OPCAT', kind: 'notFound' },
    ]);
  });
});
