// A failing run must fail CI: Vitest sets process.exitCode and lets its process end by itself,
// in the process that started the embedded PostgreSQL (tests/support/global-setup.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const endWithExitCode = (code: number) =>
  spawnSync(
    path.join('node_modules', '.bin', 'tsx'),
    [
      '--eval',
      `import('./scripts/lib/embedded-postgres.ts').then(() => { process.exitCode = ${code}; });`,
    ],
    { encoding: 'utf8' },
  );

describe('a process that loads the embedded PostgreSQL', () => {
  it('ends with the exit code it set, not 0', () => {
    const run = endWithExitCode(3);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });

  it('ends with 0 when nothing failed', () => {
    expect(endWithExitCode(0).status).toBe(0);
  });
});
