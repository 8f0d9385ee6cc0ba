import 'server-only';

import { type FormTokenPurpose, formTokenSignature } from './form-token-signature';

/**
 * A public form's hidden `startedAt`: when it was shown (ms) and its signature, so a bot cannot
 * backdate it to pass the minimum fill time (check-form-token.ts).
 */
export const createFormToken = (purpose: FormTokenPurpose, issuedAt = Date.now()) =>
  `${issuedAt}.${formTokenSignature(purpose, issuedAt)}`;
