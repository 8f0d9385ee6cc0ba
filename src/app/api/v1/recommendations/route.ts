// GET /api/v1/recommendations – list published recommendations (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('recommendations');
export const OPTIONS = preflightResponse;
