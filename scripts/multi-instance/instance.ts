// One app instance of `npm run test:multi`: `npm start` (scripts/start.ts) with DATABASE_URL set,
// as a container runs it, in a process group of its own so that it can be killed whole.
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export type LogLine = { at: number; text: string };

export type Instance = {
  name: string;
  port: number;
  origin: string;
  /** Every line it printed, with when it came (performance.now()). */
  lines: LogLine[];
  /** Resolves once it serves; rejects when it exits first or takes longer than `timeoutMs`. */
  ready: Promise<void>;
  /**
   * SIGKILL to the whole group (start.ts, the server, their children): a crash, no draining.
   * Resolves once the port refuses connections.
   */
  kill: () => Promise<void>;
  /** SIGKILL to the group at once, for an exit of the test itself (Ctrl-C, a crash). */
  killNow: () => void;
  /** SIGTERM, as a rolling deploy stops it; killed after 15 s. */
  stop: () => Promise<void>;
};

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export const startInstance = ({
  name,
  port,
  env,
  timeoutMs = 180_000,
  echo,
}: {
  name: string;
  port: number;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Shown as they come: start.ts's steps (`▶ …`). The rest is kept for a failure's report. */
  echo: (line: string) => void;
}): Instance => {
  // tsx itself, not through npm: signals reach scripts/start.ts, which stops its children.
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: LogLine[] = [];
  const keep = (stream: NodeJS.ReadableStream | null) => {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      const at = performance.now();
      for (const text of parts) {
        lines.push({ at, text });
        if (text.startsWith('▶')) echo(`${name} ${text}`);
      }
    });
  };
  keep(child.stdout);
  keep(child.stderr);

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`instance ${name} did not start in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!/Prevenir is ready/.test(chunk.toString())) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`instance ${name} exited (${signal ?? `code ${code}`}) before serving`));
    });
  });
  // Whoever awaits it sees the failure; an instance killed on purpose rejects it unobserved.
  ready.catch(() => {});

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };

  return {
    name,
    port,
    origin: `http://127.0.0.1:${port}`,
    lines,
    ready,
    killNow: () => signalGroup('SIGKILL'),
    kill: async () => {
      signalGroup('SIGKILL');
      await exited(child);
      // The server is a grandchild: gone once its port refuses, not when start.ts has exited.
      while (!(await refusesConnections(port))) await delay(5);
    },
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
      // Whatever it left behind (a child that ignored the signal) goes with the group.
      signalGroup('SIGKILL');
    },
  };
};

/** When the instance printed a line matching `pattern` first (performance.now()), if it did. */
export const firstLineAt = (instance: Instance, pattern: RegExp) =>
  instance.lines.find((line) => pattern.test(line.text))?.at;
