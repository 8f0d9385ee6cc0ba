// GET /api/v1/events – list published events (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('events');
export const OPTIONS = preflightResponse;
