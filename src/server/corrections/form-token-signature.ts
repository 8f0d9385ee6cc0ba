import 'server-only';

import { createHmac } from 'node:crypto';

import { getAuthSecret } from '@/server/auth/auth-secret';

/** HMAC of the time the correction form was shown, with the key that signs sessions. */
export const formTokenSignature = (issuedAt: number) =>
  createHmac('sha256', getAuthSecret()).update(`correction-form.${issuedAt}`).digest('base64url');
