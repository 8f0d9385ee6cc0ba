/** What Next.js accepts as NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: an AES key (16, 24 or 32 bytes). */
const AES_KEY_BYTES = [16, 24, 32];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const ACTIONS_KEY_HELP =
  'Set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY to 32 random bytes in base64 (`openssl rand -base64 32`), ' +
  'the same for every build of one deployment.';

/**
 * Why the server actions' key is unusable, or null when it is unset or well-formed. Next.js
 * itself would only fail at the first form sent, with a bare "Invalid key length".
 */
export const actionsKeyProblem = (key: string | undefined): string | null => {
  if (!key) return null;
  const bytes = Buffer.from(key, 'base64').length;
  if (BASE64.test(key) && AES_KEY_BYTES.includes(bytes)) return null;
  return `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not base64 of 16, 24 or 32 bytes. ${ACTIONS_KEY_HELP}`;
};
