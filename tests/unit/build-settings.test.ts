import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { actionsKeyProblem } from '../../scripts/lib/actions-key';

// Nothing listens there: the checks must come before any connection.
const NOWHERE = 'postgresql://prevenir:prevenir@127.0.0.1:1/prevenir';

const runScript = (script: string, env: Record<string, string>) =>
  spawnSync(path.join('node_modules', '.bin', 'tsx'), [script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('actionsKeyProblem', () => {
  it('accepts no key and base64 AES keys of 16, 24 and 32 bytes', () => {
    expect(actionsKeyProblem(undefined)).toBeNull();
    expect(actionsKeyProblem('')).toBeNull();
    for (const bytes of [16, 24, 32]) {
      expect(actionsKeyProblem(randomBytes(bytes).toString('base64'))).toBeNull();
    }
  });

  it('refuses other lengths and what is not base64, saying how to make one', () => {
    for (const key of [
      randomBytes(31).toString('base64'),
      randomBytes(64).toString('base64'),
      'change-me',
      `${randomBytes(32).toString('base64')} `,
    ]) {
      expect(actionsKeyProblem(key)).toContain('openssl rand -base64 32');
    }
  });
});

describe('npm start with DATABASE_URL', () => {
  it('refuses to start without NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, before touching the database', () => {
    const result = runScript('scripts/start.ts', {
      DATABASE_URL: NOWHERE,
      AUTH_SECRET: randomBytes(32).toString('base64'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: '',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required when DATABASE_URL is set',
    );
    expect(result.stdout).not.toContain('Using the database');
  });

  it('refuses a malformed key', () => {
    const result = runScript('scripts/start.ts', {
      DATABASE_URL: NOWHERE,
      AUTH_SECRET: randomBytes(32).toString('base64'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'change-me',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not base64 of 16, 24 or 32 bytes');
  });
});

describe('the production server (the Docker image runs it without npm start)', () => {
  it('refuses a database without AUTH_SECRET', () => {
    const result = runScript('scripts/serve.ts', {
      DATABASE_URL: NOWHERE,
      AUTH_SECRET: '',
      NEXTAUTH_SECRET: '',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_SECRET is required when DATABASE_URL is set');
  });
});
