/**
 * Hidden inputs of the public forms (corrections, contact): a honeypot that people leave empty,
 * and when the form was shown, signed (src/server/forms/create-form-token.ts).
 */
export const HONEYPOT_FIELD = 'homepage';
export const STARTED_FIELD = 'startedAt';
