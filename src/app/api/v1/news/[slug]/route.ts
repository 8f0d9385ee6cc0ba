// GET /api/v1/news/[slug] – one published item (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('newsItem');
export const OPTIONS = preflightResponse;
