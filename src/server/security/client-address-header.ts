/**
 * Set by the production server (scripts/serve.ts) on every request to the client address it
 * trusts, after deleting any copy the client sent. The app reads the client address only here.
 */
export const CLIENT_ADDRESS_HEADER = 'x-prevenir-client-address';
