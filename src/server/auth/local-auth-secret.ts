// No 'server-only' here: scripts/start.ts (run by tsx, outside Next.js) imports this file too.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where a machine without AUTH_SECRET keeps its generated one (.data/ is gitignored). */
export const LOCAL_AUTH_SECRET_FILE = path.join('.data', 'auth-secret');

const read = (file: string) => readFileSync(file, 'utf8').trim();

/**
 * Returns the secret stored in `file`, creating a random 256-bit one (readable by the owner only)
 * the first time. Never a built-in default: every installation gets its own.
 */
export const readOrCreateLocalAuthSecret = (file = LOCAL_AUTH_SECRET_FILE): string => {
  try {
    const secret = read(file);
    if (secret.length >= 32) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if another process created it meanwhile; then that one's secret wins.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read(file);
};
