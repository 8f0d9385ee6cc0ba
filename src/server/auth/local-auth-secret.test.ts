import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { configuredAuthSecret, readOrCreateLocalAuthSecret } from './local-auth-secret';

const dir = mkdtempSync(path.join(tmpdir(), 'prevenir-secret-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readOrCreateLocalAuthSecret', () => {
  it('creates a random owner-only secret once and then keeps returning it', () => {
    const file = path.join(dir, 'nested', 'auth-secret');
    const secret = readOrCreateLocalAuthSecret(file);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readOrCreateLocalAuthSecret(file)).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateLocalAuthSecret(path.join(dir, 'other'))).not.toBe(secret);
  });

  it('replaces a file too short to be a secret', () => {
    const file = path.join(dir, 'short');
    writeFileSync(file, 'abc\n');
    const secret = readOrCreateLocalAuthSecret(file);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readOrCreateLocalAuthSecret(file)).toBe(secret);
  });
});

describe('configuredAuthSecret', () => {
  it('reads AUTH_SECRET first, then NEXTAUTH_SECRET; an empty one is unset', () => {
    expect(configuredAuthSecret({ AUTH_SECRET: 'a', NEXTAUTH_SECRET: 'b' })).toBe('a');
    expect(configuredAuthSecret({ AUTH_SECRET: '', NEXTAUTH_SECRET: 'b' })).toBe('b');
    expect(configuredAuthSecret({ NEXTAUTH_SECRET: '' })).toBeUndefined();
    expect(configuredAuthSecret({})).toBeUndefined();
  });
});
