import 'server-only';

import { headers } from 'next/headers';

import { CLIENT_ADDRESS_HEADER } from '@/server/security/client-address-header';

/**
 * The client's address for rate limits and the audit log, as scripts/serve.ts established it from
 * the socket and the configured proxies (TRUST_PROXY). Forwarded headers are never read here:
 * anyone can send them. Without serve.ts (`next dev`) the address is unknown (null).
 */
export const clientIpFrom = (stamped: string | null | undefined): string | null =>
  stamped?.trim() || null;

export const getClientIp = async (): Promise<string | null> =>
  clientIpFrom((await headers()).get(CLIENT_ADDRESS_HEADER));
