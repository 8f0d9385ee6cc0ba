/** Generated CSV fixtures for the recommendation import (never real recommendations). */
export const CSV_HEADER =
  'body,symbol,paragraph,date,source_url,original_language,text_es,text_en,position,countries';

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

export type CsvRowOptions = {
  symbol: string;
  paragraph: string | number;
  country?: string;
  date?: string;
  text?: string;
  filler?: number;
};

/** One valid row; `filler` pads the text to make large files. */
export const csvRow = ({
  symbol,
  paragraph,
  country = '',
  date = '2024-05-10',
  text = 'The State party should ensure the "independence" of the mechanism.',
  filler = 0,
}: CsvRowOptions) =>
  [
    'CAT',
    symbol,
    String(paragraph),
    date,
    'https://example.org/doc',
    'en',
    quote(`Texto de prueba ${paragraph}`),
    quote(text + ' x'.repeat(filler)),
    'Accepted',
    country,
  ].join(',');

export const csvFile = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

/** What the import reads: a fresh stream of the bytes each time. */
export const opener = (bytes: Uint8Array) => () => new Blob([bytes as BlobPart]).stream();
