import 'server-only';

import { createHmac } from 'node:crypto';

import { getAuthSecret } from '@/server/auth/auth-secret';

/** The public forms that carry a signed start time; a token is good for its own form only. */
export type FormTokenPurpose = 'correction-form' | 'contact-form';

/** HMAC of the time a public form was shown, with the key that signs sessions. */
export const formTokenSignature = (purpose: FormTokenPurpose, issuedAt: number) =>
  createHmac('sha256', getAuthSecret()).update(`${purpose}.${issuedAt}`).digest('base64url');
