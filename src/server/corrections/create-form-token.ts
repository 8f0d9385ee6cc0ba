import 'server-only';

import { formTokenSignature } from './form-token-signature';

/**
 * The public form's hidden `startedAt`: when it was shown (ms) and its signature, so a bot
 * cannot backdate it to pass the minimum fill time (check-form-token.ts).
 */
export const createFormToken = (issuedAt = Date.now()) =>
  `${issuedAt}.${formTokenSignature(issuedAt)}`;
