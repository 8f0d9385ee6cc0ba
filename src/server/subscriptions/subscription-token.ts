import 'server-only';

import { createHmac, timingSafeEqual } from 'node:crypto';

import { getAuthSecret } from '@/server/auth/auth-secret';

/**
 * What a mailed link lets its holder do: confirm the subscription, manage it (see, change,
 * export, delete) or unsubscribe in one click.
 */
export type TokenPurpose = 'confirm' | 'manage' | 'unsubscribe';

const PURPOSE_CODES: Record<TokenPurpose, string> = { confirm: 'c', manage: 'm', unsubscribe: 'u' };

/** How long a confirmation link works; the other links work until the subscriber is gone. */
export const CONFIRM_LINK_SECONDS = 3 * 24 * 60 * 60;

// A key of its own, derived from AUTH_SECRET: a subscription link can never pass for anything
// the session secret signs, and vice versa.
const signingKey = () =>
  createHmac('sha256', getAuthSecret()).update('prevenir/subscription-links/v1').digest();

const sign = (payload: string) =>
  createHmac('sha256', signingKey()).update(payload).digest('base64url');

export type SubscriptionTokenClaims = {
  purpose: TokenPurpose;
  subscriberId: string;
  /** The subscriber's tokenVersion when the link was made: bumping it voids older links. */
  version: number;
};

/**
 * A signed link token: `<payload>.<HMAC-SHA256>`, both base64url. The payload holds the purpose,
 * the subscriber's id, their token version and, for confirmations, the expiry (Unix seconds).
 */
export const signSubscriptionToken = (
  { purpose, subscriberId, version }: SubscriptionTokenClaims,
  now = new Date(),
): string => {
  const expires =
    purpose === 'confirm' ? Math.floor(now.getTime() / 1000) + CONFIRM_LINK_SECONDS : 0;
  const payload = Buffer.from(
    [PURPOSE_CODES[purpose], subscriberId, version, expires].join('|'),
  ).toString('base64url');
  return `${payload}.${sign(payload)}`;
};

/**
 * The claims of a token made by signSubscriptionToken for `purpose`, or null when it is forged,
 * altered, for another purpose or expired. Whether the subscriber still exists, with the same
 * token version, is for the caller to check.
 */
export const verifySubscriptionToken = (
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): SubscriptionTokenClaims | null => {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [code, subscriberId, version, expires] = Buffer.from(payload, 'base64url')
    .toString('utf8')
    .split('|');
  if (code !== PURPOSE_CODES[purpose] || !subscriberId) return null;
  const expiresAt = Number(expires);
  if (purpose === 'confirm' && !(expiresAt * 1000 > now.getTime())) return null;
  const parsedVersion = Number(version);
  if (!Number.isSafeInteger(parsedVersion)) return null;
  return { purpose, subscriberId, version: parsedVersion };
};
