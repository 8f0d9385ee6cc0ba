import 'server-only';

import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';

import { getAuthSecret } from './auth-secret';
import { SESSION_COOKIE } from './options';
import { SESSION_MAX_AGE } from './session-max-age';
import { startUserSession } from './user-sessions';

export type SessionCookieUser = {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
};

/**
 * Starts a server-side session and sets the cookie next-auth itself would set after a credentials
 * sign-in (same JWT, name and flags), from a server action. getSession() reads it through
 * next-auth and accepts it only while its UserSession row is not revoked.
 */
export const setSessionCookie = async (user: SessionCookieUser, ipAddress: string | null) => {
  const sessionId = await startUserSession({ userId: user.id, ipAddress });
  const token = await encode({
    token: {
      sub: user.id,
      email: user.email,
      name: user.name,
      sv: user.sessionVersion,
      sid: sessionId,
    },
    secret: getAuthSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(SESSION_COOKIE.name, token, {
    ...SESSION_COOKIE.options,
    maxAge: SESSION_MAX_AGE,
  });
};

export const clearSessionCookie = async () => {
  (await cookies()).delete({ name: SESSION_COOKIE.name, path: SESSION_COOKIE.options.path });
};
