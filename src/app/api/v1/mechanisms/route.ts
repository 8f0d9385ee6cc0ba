// GET /api/v1/mechanisms – list published preventive mechanisms (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('mechanisms');
export const OPTIONS = preflightResponse;
