// GET /api/v1/recommendations/[slug] – one published recommendation, by slug or id (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('recommendation');
export const OPTIONS = preflightResponse;
