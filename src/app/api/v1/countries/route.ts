// GET /api/v1/countries – list published countries with treaty status, NPM deadline and sources (open data)
import { preflightResponse } from '@/server/open-data/cors';
import { openDataEndpoint } from '@/server/open-data/open-data-endpoint';

export const GET = openDataEndpoint('countries');
export const OPTIONS = preflightResponse;
