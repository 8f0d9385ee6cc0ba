// GET /api/v1/openapi.json – the OpenAPI 3.1 description of the open-data API
import { CORS_HEADERS, preflightResponse } from '@/server/open-data/cors';
import { createOpenApiDocument } from '@/server/open-data/create-openapi-document';

export const GET = () =>
  Response.json(createOpenApiDocument(), {
    headers: { ...CORS_HEADERS, 'Cache-Control': 'public, max-age=300' },
  });
export const OPTIONS = preflightResponse;
