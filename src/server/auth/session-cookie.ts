import 'server-only';

import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';

import { getAuthSecret } from './auth-secret';
import { SESSION_COOKIE, SESSION_MAX_AGE } from './options';

export type SessionCookieUser = {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
};

/**
 * Sets the session cookie next-auth itself would set after a credentials sign-in (same JWT,
 * name and flags), from a server action. getSession() reads it through next-auth.
 */
export const setSessionCookie = async (user: SessionCookieUser) => {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
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
