import 'server-only';

import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';

import { env } from '@/env';
import { ZApiProblemSchema } from '@/lib/validation/open-data';
import { getDataLicence } from '@/server/site/get-data-licence';

import { type EndpointDefinition, OPEN_DATA_ENDPOINTS } from './endpoints';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ZApiProblemSchema } },
});

const operation = (name: string, endpoint: EndpointDefinition): ZodOpenApiOperationObject => ({
  operationId: name,
  summary: endpoint.summary,
  requestParams: endpoint.slug
    ? { path: endpoint.query.pick({ slug: true }), query: endpoint.query.omit({ slug: true }) }
    : { query: endpoint.query },
  responses: {
    '200': {
      description: 'The data, with ETag and Last-Modified.',
      content: { 'application/json': { schema: endpoint.response } },
    },
    '304': { description: 'Not modified (If-None-Match or If-Modified-Since).' },
    '400': problem('A query parameter is invalid: each one is listed in `errors`.'),
    ...(endpoint.slug ? { '404': problem('No published item has this slug.') } : {}),
    '429': problem('Too many requests from this client: retry after `Retry-After` seconds.'),
  },
});

/** GET /download (src/server/data-download): one ZIP, not a JSON answer. */
const downloadOperation: ZodOpenApiOperationObject = {
  operationId: 'download',
  summary:
    'The full data download: every published item of each entity as CSV and JSON (the exports’ formats), the published documents’ files, manifest.json (counts, SHA-256 of every file, licence, source) and README.txt, in one ZIP rebuilt after content changes.',
  responses: {
    '200': {
      description: 'The ZIP, with Content-Length, ETag (its SHA-256) and Last-Modified.',
      content: { 'application/zip': {} },
    },
    '304': { description: 'Not modified (If-None-Match).' },
    '404': problem('The download has not been built yet.'),
    '429': problem('Too many requests from this client: retry after `Retry-After` seconds.'),
  },
};

/** The OpenAPI 3.1 description of /api/v1, generated from the schemas the answers are checked with. */
export const createOpenApiDocument = () => {
  const licence = getDataLicence();
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Prevenir open data API',
      version: '1.0.0',
      description:
        'Read-only public data of Prevenir: only published content. Texts are in `lang` (es, pt or en); a text missing in that language is given in the content’s original language, and `languages` states the language of each text.',
      license: { name: licence.name, identifier: licence.id },
    },
    servers: [{ url: new URL('/api/v1', env.SITE_URL).toString() }],
    paths: {
      ...Object.fromEntries(
        Object.entries(OPEN_DATA_ENDPOINTS).map(([name, endpoint]) => [
          endpoint.path,
          { get: operation(name, endpoint) },
        ]),
      ),
      '/download': { get: downloadOperation },
    },
  });
};
