// GET /api/v1/exports/[file] – a list's current filters as CSV or JSON, streamed (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { exportResponse } from '@/server/open-data/exports/export-response';

export const GET = async (request: Request, { params }: RouteContext<'/api/v1/exports/[file]'>) =>
  exportResponse(request, (await params).file);
export const OPTIONS = preflightResponse;
