import { describe, expect, it } from 'vitest';

import {
  catPage,
  changedDate,
  newParties,
  newPostponement,
  opcatPage,
  replaceOnce,
  withoutTable,
} from '../../../tests/fixtures/untc/untc-fixtures';
import { parseUntcPage } from './parse-untc-page';

const find = (page: ReturnType<typeof parseUntcPage>, name: string) =>
  page.participants.find((p) => p.name === name);

describe('parseUntcPage on the saved UNTC pages (3 Feb 2026)', () => {
  const cat = parseUntcPage(catPage());
  const opcat = parseUntcPage(opcatPage());

  it('reads which treaty it is and the "status as at" stamp', () => {
    expect(cat).toMatchObject({ treaty: 'CAT', statusAsAt: '2026-02-03' });
    expect(opcat).toMatchObject({ treaty: 'OPCAT', statusAsAt: '2026-02-03' });
    expect(opcat.statusStamp).toBe('STATUS AS AT : 03-02-2026 10:16:18 EDT');
  });

  it('counts the parties and signatories the pages head with (CAT 175/83, OPCAT 96/76)', () => {
    expect(cat.participants.filter((p) => p.deposit)).toHaveLength(175);
    expect(cat.participants.filter((p) => p.signedOn)).toHaveLength(83);
    expect(opcat.participants.filter((p) => p.deposit)).toHaveLength(96);
    expect(opcat.participants.filter((p) => p.signedOn)).toHaveLength(76);
  });

  it('reads dates with their accession and succession markers, footnote numbers left out', () => {
    expect(find(opcat, 'Argentina')).toEqual({
      name: 'Argentina',
      signedOn: '2003-04-30',
      deposit: { on: '2004-11-15', by: 'ratification' },
    });
    expect(find(cat, 'Guatemala')).toEqual({
      name: 'Guatemala',
      signedOn: null,
      deposit: { on: '1990-01-05', by: 'accession' },
    });
    expect(find(cat, 'Bosnia and Herzegovina')?.deposit).toEqual({
      on: '1993-09-01',
      by: 'succession',
    });
    expect(find(opcat, 'Venezuela (Bolivarian Republic of)')).toEqual({
      name: 'Venezuela (Bolivarian Republic of)',
      signedOn: '2011-07-01',
      deposit: null,
    });
    expect(find(cat, 'Haiti')).toEqual({ name: 'Haiti', signedOn: '2013-08-16', deposit: null });
  });

  it('reads declarations and the seven art. 24 postponements the README lists', () => {
    expect(opcat.declarations.map((d) => d.participant)).toContain('France');
    expect(cat.declarations.find((d) => d.participant === 'Austria')?.text).toMatch(/article 15/);
    expect(opcat.postponements.map((p) => [p.participant, p.part, p.years])).toEqual([
      ['Australia', 'IV', 3],
      ['Bosnia and Herzegovina', 'IV', 3],
      ['Hungary', 'IV', 3],
      ['Kazakhstan', 'IV', null],
      ['Montenegro', 'IV', 2],
      ['Philippines', 'III', null],
      ['Romania', 'IV', 3],
    ]);
    expect(opcat.postponements.find((p) => p.participant === 'Montenegro')?.countsFrom).toBe(
      'entryIntoForce',
    );
    expect(cat.postponements).toEqual([]);
  });
});

describe('parseUntcPage on altered copies', () => {
  it('sees a changed date', () => {
    expect(find(parseUntcPage(changedDate()), 'Argentina')?.deposit?.on).toBe('2004-11-16');
  });

  it('sees a new party by ratification and one by accession', () => {
    const page = parseUntcPage(newParties());
    expect(find(page, 'Venezuela (Bolivarian Republic of)')?.deposit).toEqual({
      on: '2026-03-03',
      by: 'ratification',
    });
    expect(find(page, 'Cuba')).toEqual({
      name: 'Cuba',
      signedOn: null,
      deposit: { on: '2026-02-02', by: 'accession' },
    });
  });

  it('sees a new art. 24 declaration', () => {
    expect(parseUntcPage(newPostponement()).postponements[0]).toMatchObject({
      participant: 'Argentina',
      part: 'IV',
      years: 3,
      countsFrom: 'art17',
    });
  });

  it('refuses a page without the participants table, a bad date or another page', () => {
    expect(() => parseUntcPage(withoutTable())).toThrow(
      'No participants table on the OPCAT status page',
    );
    const badDate = replaceOnce(opcatPage(), '15 Nov\t 2004 <br>', '31 Nov\t 2004 <br>');
    expect(() => parseUntcPage(badDate)).toThrow('No such day "31 Nov 2004" (Argentina');
    expect(() => parseUntcPage('<html><body><p>Hello</p></body></html>')).toThrow(
      'No "STATUS AS AT" stamp',
    );
  });
});
