import 'server-only';

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { cookies } from 'next/headers';

import { env } from '@/env';

import { getAuthSecret } from './auth-secret';

const useSecureCookies = env.SITE_URL.startsWith('https://');

/**
 * OWASP's "device cookie": marks a browser that signed in to an account before. Its attempts are
 * limited per device, not by the account-wide limit, so nobody can lock the owner out by failing
 * on purpose from elsewhere.
 */
export const DEVICE_COOKIE = {
  name: `${useSecureCookies ? '__Secure-' : ''}prevenir-device`,
  options: {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: useSecureCookies,
    maxAge: 365 * 24 * 60 * 60,
  },
} as const;

const signature = (userId: string, nonce: string) =>
  createHmac('sha256', getAuthSecret()).update(`device-cookie.${userId}.${nonce}`).digest();

/** A new value for the cookie: the account id, a random nonce and their HMAC. */
export const createDeviceToken = (userId: string) => {
  const nonce = randomBytes(16).toString('base64url');
  return `${userId}.${nonce}.${signature(userId, nonce).toString('base64url')}`;
};

/** The device's rate-limit key when the token is ours and issued for this account, else null. */
export const deviceKeyFor = (token: string, userId: string): string | null => {
  const [owner, nonce, mac, ...rest] = token.split('.');
  if (rest.length > 0 || owner !== userId || !nonce || !mac) return null;
  const expected = signature(userId, nonce);
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? `${userId}.${nonce}`
    : null;
};

export const readDeviceToken = async () => (await cookies()).get(DEVICE_COOKIE.name)?.value ?? null;

/** After a successful sign-in: this browser is now known to the account (a fresh nonce). */
export const setDeviceCookie = async (userId: string) => {
  (await cookies()).set(DEVICE_COOKIE.name, createDeviceToken(userId), DEVICE_COOKIE.options);
};
