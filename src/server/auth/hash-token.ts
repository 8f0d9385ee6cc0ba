import { createHash, randomBytes } from 'node:crypto';

/** A fresh token for a mail link: 32 random bytes, URL-safe (43 characters). */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/** What the database stores instead of the token: its SHA-256, hex (64 characters). */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');
