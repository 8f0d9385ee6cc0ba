import 'server-only';

import { env } from '@/env';

import { readOrCreateLocalAuthSecret } from './local-auth-secret';

let cached: string | undefined;

/**
 * The key that signs session cookies. Read lazily (not at import) so `next build` works without
 * one. Production needs AUTH_SECRET (or NEXTAUTH_SECRET), which `npm start` provides from
 * .data/auth-secret when unset; `next dev` and tests fall back to that file directly.
 */
export const getAuthSecret = (): string => {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is not set. Set it to a random value of at least 32 characters ' +
        '(e.g. `openssl rand -base64 32`), or start the portal with `npm start`.',
    );
  }
  return (cached = readOrCreateLocalAuthSecret());
};
