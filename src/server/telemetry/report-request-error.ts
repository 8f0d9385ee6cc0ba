import 'server-only';

import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Instrumentation } from 'next';

import { logger, scrubEmails } from '@/server/log/logger';

/**
 * Next.js's onRequestError: one log line and one error span (under the request's span when
 * tracing is on) with the route, never the query string, headers or cookies.
 */
export const reportRequestError = (
  ...[error, request, context]: Parameters<Instrumentation.onRequestError>
): void => {
  const path = request.path.split('?')[0] ?? '/';
  const fields = {
    method: request.method,
    path,
    routePath: context.routePath,
    routeType: context.routeType,
  };
  logger.error({ err: error, ...fields }, 'request failed');
  const span = trace.getTracer('prevenir').startSpan(`error ${context.routePath}`, {
    attributes: {
      'http.request.method': request.method,
      'url.path': path,
      'http.route': context.routePath,
      'next.route_type': context.routeType,
    },
  });
  const failure = error instanceof Error ? error : new Error(String(error));
  const message = scrubEmails(failure.message);
  span.recordException({ name: failure.name, message, stack: scrubEmails(failure.stack ?? '') });
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  span.end();
};
