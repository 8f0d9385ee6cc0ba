import 'server-only';

import { RateLimiterRes } from 'rate-limiter-flexible';

import { env } from '@/env';
import { clientIpFrom } from '@/server/auth/client-ip';
import { addressLimitKey, rateLimits } from '@/server/auth/rate-limits';
import { CLIENT_ADDRESS_HEADER } from '@/server/security/client-address-header';

export type ClientAllowance =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; headers: Record<string, string> };

const rateHeaders = (result: RateLimiterRes) => ({
  'RateLimit-Limit': String(env.API_RATE_LIMIT),
  'RateLimit-Remaining': String(Math.max(0, result.remainingPoints)),
  'RateLimit-Reset': String(Math.ceil(result.msBeforeNext / 1000)),
});

/** Spends one of the client's requests this minute (counters shared in PostgreSQL). */
export const limitClient = async (request: Request): Promise<ClientAllowance> => {
  // Without scripts/serve.ts (next dev) the address is unknown: all such clients share one key.
  const ip = clientIpFrom(request.headers.get(CLIENT_ADDRESS_HEADER)) ?? 'unknown';
  try {
    const result = await rateLimits.apiPerClient.consume(addressLimitKey(ip));
    return { allowed: true, headers: rateHeaders(result) };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return {
      allowed: false,
      headers: {
        ...rateHeaders(error),
        'Retry-After': String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))),
      },
    };
  }
};
