// GET /api/v1/news – list published news (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('news');
export const OPTIONS = preflightResponse;
