// The HTTP answer of GET /api/ready: what a load balancer acts on is the status (200 or 503) and,
// while not ready, Retry-After; the JSON body says what is missing, for the operator.
import 'server-only';

import type { Readiness } from './check-readiness';

export const READY_RETRY_AFTER_SECONDS = 5;

export const readinessResponse = (readiness: Readiness): Response => {
  const ready = readiness.status === 'ready';
  return Response.json(readiness, {
    status: ready ? 200 : 503,
    headers: {
      'Cache-Control': 'no-store',
      ...(ready ? {} : { 'Retry-After': String(READY_RETRY_AFTER_SECONDS) }),
    },
  });
};
