import 'server-only';

import { CORS_HEADERS } from '../cors';
import { limitClient } from '../limit-client';
import { problemResponse } from '../problem';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from './export-chunks';
import { EXPORT_DATASETS } from './export-datasets';

const encoder = new TextEncoder();

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
  if (!dataset || !(format in EXPORT_FORMATS)) return problemResponse({ status: 404 });
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
  return new Response(
    toStream(exportChunks(dataset, query.data as never, format as ExportFormat)),
    {
      headers: {
        ...CORS_HEADERS,
        ...allowance.headers,
        'Content-Type': EXPORT_FORMATS[format as ExportFormat],
        'Content-Disposition': `attachment; filename="prevenir-${name}-${date}.${format}"`,
        'Cache-Control': 'no-store',
      },
    },
  );
};
