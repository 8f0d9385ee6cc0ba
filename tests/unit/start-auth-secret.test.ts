import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

describe('npm start with DATABASE_URL', () => {
  it('refuses to start without AUTH_SECRET, saying what to set, before touching the database', () => {
    const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      env: {
        ...process.env,
        // Nothing listens there: the check must come first.
        DATABASE_URL: 'postgresql://prevenir:prevenir@127.0.0.1:1/prevenir',
        AUTH_SECRET: '',
        NEXTAUTH_SECRET: '',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_SECRET is required when DATABASE_URL is set');
    expect(result.stdout).not.toContain('Using the database');
  });
});
