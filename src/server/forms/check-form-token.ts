import 'server-only';

import { timingSafeEqual } from 'node:crypto';

import { type FormTokenPurpose, formTokenSignature } from './form-token-signature';

/** Nobody reads a form and fills it in (a fact and its source, a message) in under 3 seconds. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer is sent again with a fresh token (the page is reloaded anyway). */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1_000;

export type FormTokenCheck = 'ok' | 'tooFast' | 'expired' | 'invalid';

const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/** Whether a submitted `startedAt` is ours, for this form, and old enough (but not too old). */
export const checkFormToken = (
  purpose: FormTokenPurpose,
  token: string | undefined,
  now = Date.now(),
): FormTokenCheck => {
  const match = TOKEN.exec(token ?? '');
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(formTokenSignature(purpose, issuedAt), 'base64url');
  const given = Buffer.from(match[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now - issuedAt;
  if (age < MIN_FILL_MS) return 'tooFast';
  if (age > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
};
