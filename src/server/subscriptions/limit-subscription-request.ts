import 'server-only';

import { hashToken } from '@/server/auth/hash-token';
import { addressLimitKey, consumeAll, rateLimits } from '@/server/auth/rate-limits';

/**
 * Spends one subscription request for the typed address (3 an hour: nobody's mailbox gets
 * flooded) and the client (20 an hour). Keyed by what was typed, so the answer says nothing
 * about whether the address is subscribed.
 */
export const limitSubscriptionRequest = (email: string, ipAddress: string | null) =>
  consumeAll([
    [rateLimits.subscribePerAddress, `subscriber:${hashToken(email)}`],
    ...(ipAddress ? ([[rateLimits.subscribePerIp, addressLimitKey(ipAddress)]] as const) : []),
  ]);
