import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

const running = new Set<ChildProcess>();

/** Starts a binary from node_modules/.bin (prisma, tsx, next) with the terminal's stdio. */
export const spawnBin = (bin: string, args: string[], options: SpawnOptions = {}): ChildProcess => {
  const child = spawn(path.join('node_modules', '.bin', bin), args, {
    stdio: 'inherit',
    // .bin entries are .cmd shims on Windows, which only a shell can run.
    shell: process.platform === 'win32',
    ...options,
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
};

/** Resolves with the exit code, or 128 + n when a signal ended the process. */
export const waitForExit = (child: ChildProcess): Promise<number> =>
  new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 143)));
  });

/** Runs a binary to completion and throws when it fails. */
export const run = async (bin: string, args: string[], options: SpawnOptions = {}) => {
  const code = await waitForExit(spawnBin(bin, args, options));
  if (code !== 0) throw new Error(`\`${bin} ${args.join(' ')}\` exited with code ${code}`);
};

/** Passes a signal on to every child still running, so each can shut down cleanly. */
export const forwardSignal = (signal: NodeJS.Signals) => {
  for (const child of running) child.kill(signal);
};
