// GET /api/files/[id] – download a published document's file
import { ZStoredFileIdSchema } from '@/lib/validation/documents';
import { getPublishedFile } from '@/server/documents/get-published-file';

import { contentDisposition } from './content-disposition';

type FileRouteContext = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });

export const GET = async (_request: Request, { params }: FileRouteContext) => {
  const id = ZStoredFileIdSchema.safeParse((await params).id);
  if (!id.success) return notFound();
  const file = await getPublishedFile({ id: id.data });
  if (!file) return notFound();
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
      // Opened directly, the file still may not run scripts against this origin.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Short: unpublishing the document must stop the download soon.
      'Cache-Control': 'public, max-age=300',
    },
  });
};
