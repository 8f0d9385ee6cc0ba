// No 'server-only' here: scripts/start.ts (run by tsx, outside Next.js) and src/env.ts import this
// file too.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type AuthSecretVariables = Partial<Record<'AUTH_SECRET' | 'NEXTAUTH_SECRET', string>>;

/**
 * The secret the deployment configured: AUTH_SECRET, or next-auth's NEXTAUTH_SECRET (either name
 * works; an empty one counts as unset). The one place that reads them: src/env.ts validates what
 * this returns, and `npm start` passes it on to the server.
 */
export const configuredAuthSecret = (
  variables: AuthSecretVariables = process.env,
): string | undefined => variables.AUTH_SECRET || variables.NEXTAUTH_SECRET || undefined;

/** Where a machine without AUTH_SECRET keeps its generated one (.data/ is gitignored). */
export const LOCAL_AUTH_SECRET_FILE = path.join('.data', 'auth-secret');

const read = (file: string) => readFileSync(file, 'utf8').trim();

/**
 * Returns the secret stored in `file`, creating a random 256-bit one (readable by the owner only)
 * the first time. Never a built-in default: every installation gets its own.
 */
export const readOrCreateLocalAuthSecret = (file = LOCAL_AUTH_SECRET_FILE): string => {
  let exists = true;
  try {
    const secret = read(file);
    if (secret.length >= 32) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    exists = false;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // A new file: 'wx' fails if another process created it meanwhile, and that one's secret wins.
    // An existing one too short to be a secret (emptied, truncated) is replaced.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, {
      mode: 0o600,
      flag: exists ? 'w' : 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read(file);
};
