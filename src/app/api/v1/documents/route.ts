// GET /api/v1/documents – list published documents of the library (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('documents');
export const OPTIONS = preflightResponse;
