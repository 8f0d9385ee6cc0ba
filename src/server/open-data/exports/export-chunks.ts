import 'server-only';

import { EXPORT_DATASETS } from './export-datasets';
import { toCsvLine } from './to-csv-line';

// Spreadsheet programs read UTF-8 only when the file starts with a byte-order mark.
const BOM = '\uFEFF';

export const EXPORT_FORMATS = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * The chunks of an export, produced as the reader (a client, the full download's ZIP) takes them:
 * never the whole file at once.
 */
export async function* exportChunks(
  dataset: (typeof EXPORT_DATASETS)[string],
  query: never,
  format: ExportFormat,
) {
  let first = true;
  yield format === 'csv' ? BOM + toCsvLine(dataset.columns.map(([name]) => name)) : '[\n';
  for await (const batch of dataset.batches(query)) {
    if (format === 'csv') {
      yield batch
        .map((item) => toCsvLine(dataset.columns.map(([, value]) => value(item))))
        .join('');
      continue;
    }
    for (const item of batch) {
      yield `${first ? '' : ',\n'}${JSON.stringify(item)}`;
      first = false;
    }
  }
  if (format === 'json') yield '\n]\n';
}
