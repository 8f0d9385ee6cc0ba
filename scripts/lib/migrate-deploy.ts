import { spawn } from 'node:child_process';
import path from 'node:path';

/** What `prisma migrate deploy` (6.19.3) prints last on success, right before it returns 0. */
const SUCCESS =
  /^(All migrations have been successfully applied|No pending migrations to apply)\.$/m;
// Colours, should FORCE_COLOR be set (ANSI escapes are control characters by definition).
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Runs the real `prisma migrate deploy` against `url`, as deployments and `npm start` do (the JS
 * engine splits each file at semicolons and runs the pieces one by one, outside a transaction),
 * and resolves once it has succeeded; rejects with the CLI's output when it fails.
 *
 * The CLI is done in a second or two, but then sits idle for 10 more seconds before exiting: its
 * Wasm schema engine arms a 10-second timer for the advisory lock and never clears it. Once the
 * CLI has printed its success line, its last act before exiting 0, the idle process is ended
 * rather than waited for. Without that line it is waited for as usual.
 */
export const migrateDeploy = (url: string) =>
  new Promise<void>((resolve, reject) => {
    // Node and the CLI's file, not node_modules/.bin: a kill then reaches the CLI itself.
    const cli = path.join('node_modules', 'prisma', 'build', 'index.js');
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let succeeded = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (succeeded || !SUCCESS.test(output.replace(ANSI, ''))) return;
      succeeded = true;
      child.kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    // Resolved on exit only, so that the CLI's connections (and its advisory lock) are closed.
    child.on('exit', (code) =>
      succeeded || code === 0
        ? resolve()
        : reject(new Error(`prisma migrate deploy failed (exit code ${code}):\n${output}`)),
    );
  });
