import 'server-only';

import type { AuthOptions, Session } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

import { env } from '@/env';
import { routing } from '@/i18n/routing';
import { logger } from '@/server/log/logger';
import { CLIENT_ADDRESS_HEADER } from '@/server/security/client-address-header';

import { createAuthLog } from './auth-log';
import { getAuthSecret } from './auth-secret';
import { authenticate } from './authenticate';
import { clientIpFrom } from './client-ip';
import { SESSION_MAX_AGE } from './session-max-age';
import { startUserSession } from './user-sessions';

const useSecureCookies = env.SITE_URL.startsWith('https://');

/** next-auth's own cookie name and flags, so our sign-in action and next-auth agree. */
export const SESSION_COOKIE = {
  name: `${useSecureCookies ? '__Secure-' : ''}next-auth.session-token`,
  options: { httpOnly: true, sameSite: 'lax', path: '/', secure: useSecureCookies },
} as const;

const signInPage = `/${routing.defaultLocale}/sign-in`;

const header = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value.at(-1) ?? null) : (value ?? null);

/**
 * next-auth's configuration, built per call so that the secret is read at request time and
 * `next build` needs none. JWT sessions carry the user id (`sub`), `sv`, the user's
 * sessionVersion, and `sid`, their UserSession row; getSession() checks both in the database on
 * every request.
 */
export const getAuthOptions = (): AuthOptions => {
  // next-auth builds its URLs (redirects, cookies' security) from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= new URL('/api/auth', env.SITE_URL).toString();
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    useSecureCookies,
    cookies: { sessionToken: SESSION_COOKIE },
    // Our pages, never next-auth's built-in ones (they use inline styles our CSP forbids).
    pages: { signIn: signInPage, signOut: signInPage, error: signInPage },
    logger: createAuthLog(logger),
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: async (credentials, request) => {
          // next-auth types the request's headers as any.
          const forwarded = request.headers?.[CLIENT_ADDRESS_HEADER] as
            string | string[] | undefined;
          const ipAddress = clientIpFrom(header(forwarded));
          const result = await authenticate({
            email: credentials?.email ?? '',
            password: credentials?.password ?? '',
            ipAddress,
          });
          if (!result.ok) return null;
          const { id, email, name, sessionVersion } = result.user;
          const sessionId = await startUserSession({ userId: id, ipAddress });
          return { id, email, name, sessionVersion, sessionId };
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) =>
        user && 'sessionVersion' in user && 'sessionId' in user
          ? { ...token, sv: user.sessionVersion, sid: user.sessionId }
          : token,
      // Only what getSession() needs; roles and names come from the database, not the token.
      // The shape differs from next-auth's default Session type; getSession() parses it with zod.
      session: ({ session, token }) =>
        ({
          expires: session.expires,
          user: { id: token.sub, sv: token.sv, sid: token.sid },
        }) as unknown as Session,
    },
  };
};
