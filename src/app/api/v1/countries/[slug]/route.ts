// GET /api/v1/countries/[slug] – one published item (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('country');
export const OPTIONS = preflightResponse;
