export type CsvValue = string | number | boolean | null | undefined;

/** One CSV record (RFC 4180): quoted only when needed, CRLF-terminated. */
export const toCsvLine = (values: CsvValue[]) =>
  `${values
    .map((value) => {
      const text = value === null || value === undefined ? '' : String(value);
      // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with '.
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',')}\r\n`;
