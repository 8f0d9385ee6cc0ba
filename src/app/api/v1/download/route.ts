// GET /api/v1/download – the full data download (ZIP of every entity as CSV and JSON, the
// published documents' files, manifest and licence), streamed from the file storage
import { dataDownloadResponse } from '@/server/data-download/data-download-response';
import { preflightResponse } from '@/server/open-data/cors';

export const GET = (request: Request) => dataDownloadResponse(request);
export const OPTIONS = preflightResponse;
