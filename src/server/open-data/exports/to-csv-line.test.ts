import { describe, expect, it } from 'vitest';

import { toCsvLine } from './to-csv-line';

describe('toCsvLine', () => {
  it('quotes what needs quoting and leaves the rest as typed', () => {
    expect(toCsvLine(['Informe', 'a, b', 'dice "no"', 'línea\nnueva', null, 3, true])).toBe(
      'Informe,"a, b","dice ""no""","línea\nnueva",,3,true\r\n',
    );
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsvLine(['=HYPERLINK("x")', '-1', '@SUM'])).toBe(`"'=HYPERLINK(""x"")",'-1,'@SUM\r\n`);
  });
});
