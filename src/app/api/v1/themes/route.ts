// GET /api/v1/themes – list the themes of published content (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('themes');
export const OPTIONS = preflightResponse;
