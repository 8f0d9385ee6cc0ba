import 'server-only';

import { CORS_HEADERS } from '@/server/open-data/cors';
import { limitClient } from '@/server/open-data/limit-client';
import { problemResponse } from '@/server/open-data/problem';
import type { FileStorage } from '@/server/storage/file-storage';
import { getFileStorage } from '@/server/storage/get-file-storage';

import { getDataDownload } from './get-data-download';

/** The file name a download is saved under: the date of its build. */
export const dataDownloadFilename = (builtAt: Date) =>
  `prevenir-data-${builtAt.toISOString().slice(0, 10)}.zip`;

/**
 * GET /api/v1/download: the latest full data download, streamed from the storage with its
 * length, name and ETag (its SHA-256); 404 while none has been built.
 */
export const dataDownloadResponse = async (
  request: Request,
  storage: FileStorage = getFileStorage(),
) => {
  const allowance = await limitClient(request);
  if (!allowance.allowed) return problemResponse({ status: 429, headers: allowance.headers });
  const download = await getDataDownload();
  const stored = download && (await storage.open(download.sha256));
  if (!download || !stored) {
    return problemResponse({ status: 404, detail: 'The full download has not been built yet.' });
  }
  const etag = `"${download.sha256}"`;
  const headers = {
    ...CORS_HEADERS,
    ...allowance.headers,
    ETag: etag,
    'Last-Modified': download.builtAt.toUTCString(),
    'Cache-Control': 'public, max-age=60',
  };
  if (
    request.headers
      .get('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  ) {
    await stored.stream.cancel();
    return new Response(null, { status: 304, headers });
  }
  return new Response(stored.stream, {
    headers: {
      ...headers,
      'Content-Type': 'application/zip',
      'Content-Length': String(stored.size),
      // Next.js drops Content-Length; the production server restores it from this one.
      'X-Declared-Content-Length': String(stored.size),
      'Content-Disposition': `attachment; filename="${dataDownloadFilename(download.builtAt)}"`,
    },
  });
};
