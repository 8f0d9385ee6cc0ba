import 'server-only';

import { headers } from 'next/headers';

/**
 * The client's address for rate limits and the audit log. `next start` sets X-Forwarded-For to
 * the socket's address when absent; a reverse proxy in front must append the client's address
 * (nginx: `$proxy_add_x_forwarded_for`), so the LAST entry is the one our own side wrote.
 */
export const clientIpFrom = (forwardedFor: string | null, realIp: string | null): string | null => {
  const last = forwardedFor?.split(',').at(-1)?.trim();
  return last || realIp?.trim() || null;
};

export const getClientIp = async (): Promise<string | null> => {
  const list = await headers();
  return clientIpFrom(list.get('x-forwarded-for'), list.get('x-real-ip'));
};
