import 'server-only';

import { createHash } from 'node:crypto';

import type { z } from 'zod';

import { CORS_HEADERS } from './cors';
import { OPEN_DATA_ENDPOINTS, type OpenDataEndpointName } from './endpoints';
import { findLastChange } from './find-last-change';
import { limitClient } from './limit-client';
import { problemResponse } from './problem';

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({
    parameter: issue.path.join('.') || '(query)',
    reason: issue.message,
  }));

/** Whether the client's copy (If-None-Match, else If-Modified-Since) is still current. */
const isFresh = (request: Request, etag: string, lastModified: Date | null) => {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null)
    return ifNoneMatch
      .split(',')
      .some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return lastModified !== null && !Number.isNaN(since) && lastModified.getTime() <= since;
};

/**
 * A GET handler of the open-data API: rate limit, strict query parsing, the answer checked
 * against its published schema, ETag and Last-Modified with 304s, CORS, RFC 9457 errors.
 */
export const openDataEndpoint =
  (name: OpenDataEndpointName) => async (request: Request, context?: RouteContext) => {
    const endpoint = OPEN_DATA_ENDPOINTS[name];
    try {
      const allowance = await limitClient(request);
      if (!allowance.allowed)
        return problemResponse({
          status: 429,
          detail: 'Too many requests from this client; wait for Retry-After seconds.',
          headers: allowance.headers,
        });
      const params = (await context?.params) ?? {};
      const query = endpoint.query.safeParse({
        ...Object.fromEntries(new URL(request.url).searchParams),
        ...params,
      });
      if (!query.success)
        return problemResponse({
          status: 400,
          errors: issuesOf(query.error),
          headers: allowance.headers,
        });

      const [body, lastChange] = await Promise.all([
        endpoint.load(query.data),
        findLastChange(endpoint.tables),
      ]);
      if (body === null) return problemResponse({ status: 404, headers: allowance.headers });
      const json = JSON.stringify(endpoint.response.parse(body));
      const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
      // HTTP dates have whole seconds.
      const lastModified = lastChange && new Date(Math.floor(lastChange.getTime() / 1000) * 1000);
      const headers = {
        ...CORS_HEADERS,
        ...allowance.headers,
        'Cache-Control': 'public, max-age=60',
        ETag: etag,
        ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}),
      };
      if (isFresh(request, etag, lastModified)) return new Response(null, { status: 304, headers });
      return new Response(json, {
        headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      });
    } catch (error) {
      console.error('[open-data] request failed', error);
      return problemResponse({
        status: 500,
        detail: 'The answer could not be built; try again later.',
      });
    }
  };
