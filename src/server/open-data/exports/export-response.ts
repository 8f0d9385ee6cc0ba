import 'server-only';

import { CORS_HEADERS } from '../cors';
import { limitClient } from '../limit-client';
import { problemResponse } from '../problem';
import { EXPORT_DATASETS } from './export-datasets';
import { toCsvLine } from './to-csv-line';

const encoder = new TextEncoder();
// Spreadsheet programs read UTF-8 only when the file starts with a byte-order mark.
const BOM = '\uFEFF';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

type Format = keyof typeof FORMATS;

/** The chunks of an export, produced as the client reads them: never the whole file at once. */
async function* exportChunks(
  dataset: (typeof EXPORT_DATASETS)[string],
  query: never,
  format: Format,
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

const toStream = (chunks: AsyncGenerator<string, void>) =>
  new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });

/**
 * GET /api/v1/exports/{name}.{csv|json}: a list page's current filters as a file, streamed.
 * The URL is the permalink of that filtered list.
 */
export const exportResponse = async (request: Request, file: string) => {
  const allowance = await limitClient(request);
  if (!allowance.allowed) return problemResponse({ status: 429, headers: allowance.headers });
  const [, name = '', format = ''] = /^([a-z]+)\.([a-z]+)$/.exec(file) ?? [];
  const dataset = EXPORT_DATASETS[name];
  if (!dataset || !(format in FORMATS)) return problemResponse({ status: 404 });
  const query = dataset.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return problemResponse({
      status: 400,
      errors: query.error.issues.map((issue) => ({
        parameter: issue.path.join('.'),
        reason: issue.message,
      })),
    });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(toStream(exportChunks(dataset, query.data as never, format as Format)), {
    headers: {
      ...CORS_HEADERS,
      ...allowance.headers,
      'Content-Type': FORMATS[format as Format],
      'Content-Disposition': `attachment; filename="prevenir-${name}-${date}.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
};
