import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Logger } from 'pino';
import { z } from 'zod';

import { logger } from '../../src/server/log/logger';
import { requestContext, requestIdFor } from '../../src/server/log/request-context';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

export type RequestLogOptions = {
  /** Keep a well-formed incoming X-Request-Id (set by the deployment's own proxy). */
  trusted: boolean;
  log?: Logger;
};

/** TRUST_REQUEST_ID=true: only when a proxy of the deployment's own sets (or strips) the header. */
export const trustsRequestId = (value = process.env.TRUST_REQUEST_ID) =>
  z
    .enum(['true', 'false'])
    .default('false')
    .parse(value || undefined) === 'true';

/**
 * Gives every request an id (echoed in X-Request-Id, passed on to Next.js in the same request
 * header) under which everything logged while serving it appears, and logs one line when it
 * ends: method, path without the query (reset links carry tokens there), status and duration.
 */
export const createRequestLog =
  ({ trusted, log = logger }: RequestLogOptions) =>
  (listener: Listener): Listener =>
  (request, response) => {
    const requestId = requestIdFor(request.headers['x-request-id'], trusted);
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    const startedAt = performance.now();
    requestContext.run({ requestId }, () => {
      response.once('close', () =>
        log.info(
          {
            method: request.method,
            path: request.url?.split('?')[0],
            status: response.statusCode,
            ms: Math.round(performance.now() - startedAt),
          },
          'request',
        ),
      );
      listener(request, response);
    });
  };
