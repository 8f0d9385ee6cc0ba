// Hostile files for the recommendations CSV import (README "Importing recommendations"): formula
// and markup injection, broken quoting, wrong encodings, binary bytes and a large file.
import { IMPORT_COLUMNS } from '../../src/lib/validation/recommendation-import';

const HEADER = IMPORT_COLUMNS.join(',');

/** One row in the documented columns: `value` in each, quoted as a spreadsheet would. */
const row = (value: string) =>
  IMPORT_COLUMNS.map(() => `"${value.replaceAll('"', '""')}"`).join(',');

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

/** A valid row with `text` in its texts, so the file reaches validation and the import. */
const validRow = (text: string) =>
  [
    'UPR',
    'A/HRC/1/1',
    '1.1',
    '2024-01-01',
    'https://example.org/a',
    'es',
    text,
    text,
    text,
    'supported',
    '4',
    text,
    'argentina',
    '',
    '',
  ]
    .map((value) => `"${value.replaceAll('"', '""')}"`)
    .join(',');

const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("javascript:alert(1)","x")',
  '+SUM(1+1)',
  '-2+3',
  '@SUM(A1)',
];

export const HOSTILE_CSVS: { name: string; bytes: Buffer }[] = [
  { name: 'formulas.csv', bytes: csv(HEADER, ...FORMULAS.map(row), ...FORMULAS.map(validRow)) },
  {
    name: 'markup.csv',
    bytes: csv(
      HEADER,
      row('<script>alert(1)</script>'),
      row('"><img src=x onerror=alert(1)>'),
      validRow('<svg onload=alert(1)>'),
      row("' OR 1=1--"),
    ),
  },
  {
    name: '"><img src=x onerror=alert(1)>.csv',
    bytes: csv(`${HEADER},<script>alert(1)</script>`, row('javascript:alert(1)')),
  },
  {
    name: 'quotes.csv',
    bytes: csv(HEADER, '"unclosed,quote', 'a"b,"c""d","e\r\nf",g', '"","",""'),
  },
  {
    name: 'latin1.csv',
    bytes: Buffer.concat([
      csv(HEADER),
      Buffer.from(`${validRow('Recomendación nº 5')}\r\n`, 'latin1'),
    ]),
  },
  {
    name: 'utf16.csv',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n`, 'utf16le')]),
  },
  {
    name: 'binary.csv',
    bytes: Buffer.concat([csv(HEADER), Buffer.from([0x00, 0xff, 0xc3, 0x28, 0xe2, 0x80, 0xae])]),
  },
  { name: 'nul.csv', bytes: csv(HEADER, row('a\u0000b'), validRow('\u202Eevil')) },
  { name: 'empty.csv', bytes: Buffer.alloc(0) },
  { name: 'header-only.csv', bytes: csv('\uFEFF') },
  { name: 'wide.csv', bytes: csv(Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(',')) },
  // About 2 MB: long rows and many of them.
  {
    name: 'huge.csv',
    bytes: csv(HEADER, ...Array.from({ length: 200 }, () => validRow('x'.repeat(10_000)))),
  },
];
