// GET /api/v1/themes/[slug] – one published item (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('theme');
export const OPTIONS = preflightResponse;
