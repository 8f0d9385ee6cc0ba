import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

import { backupInstallation, restoreInstallation } from '../../scripts/lib/backup';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { migrateDeploy } from '../../scripts/lib/migrate-deploy';
import { DEBIAN_PG_BIN, startDebianPostgres } from '../support/debian-postgres';
import { anyFreePort } from '../support/free-port';

// The embedded default as `npm start` keeps it: a cluster folder and a storage folder.
const root = mkdtempSync(path.join(tmpdir(), 'prevenir-backup-'));
// Run as root, PostgreSQL runs as a user of its own, which must reach its folder inside.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const source = {
  dataDir: path.join(root, 'postgres'),
  storageDir: path.join(root, 'storage'),
};
const port = await anyFreePort();

/** Runs `work` against the embedded database, started for it and stopped afterwards. */
const withDatabase = async <T>(work: (client: pg.Client, url: string) => Promise<T>) => {
  const database = await startEmbeddedPostgres({ ...source, port, database: 'prevenir' });
  const client = new pg.Client(database.url);
  try {
    await client.connect();
    return await work(client, database.url);
  } finally {
    await client.end();
    await database.stop();
  }
};

const files = () =>
  readdirSync(source.storageDir)
    .sort()
    .map((name) => [name, readFileSync(path.join(source.storageDir, name), 'utf8')]);
const storedFiles = (client: pg.Client) =>
  client
    .query<{
      sha256: string;
      filename: string;
      size: number;
    }>('SELECT sha256, filename, size FROM "StoredFile" ORDER BY sha256')
    .then(({ rows }) => rows);
const addFile = (client: pg.Client, sha256: string, filename: string) =>
  client.query(
    `INSERT INTO "StoredFile" (id, sha256, filename, "contentType", size)
     VALUES ($1, $2, $3, 'application/pdf', 3)`,
    [`f${sha256.slice(0, 20)}`, sha256, filename],
  );

describe('npm run backup / restore on the embedded default', { timeout: 180_000 }, () => {
  it('brings back the database and the files as they were when the backup was made', async () => {
    mkdirSync(source.storageDir, { recursive: true });
    writeFileSync(path.join(source.storageDir, 'a'.repeat(64)), 'informe anual');
    const before = await withDatabase(async (client, url) => {
      await migrateDeploy(url);
      await addFile(client, 'a'.repeat(64), 'Informe anual 2025.pdf');
      return storedFiles(client);
    });
    const filesBefore = files();

    const backup = path.join(root, 'backup');
    await expect(backupInstallation(source, backup)).resolves.toMatchObject({
      database: 'cluster',
      files: true,
    });

    // Life goes on: an edit, a deletion, a new upload.
    await withDatabase(async (client) => {
      await client.query(`UPDATE "StoredFile" SET filename = 'cambiado.pdf'`);
      await addFile(client, 'b'.repeat(64), 'Nuevo.pdf');
      await client.query(`DELETE FROM "StoredFile" WHERE sha256 = $1`, ['a'.repeat(64)]);
    });
    writeFileSync(path.join(source.storageDir, 'b'.repeat(64)), 'nuevo');

    await restoreInstallation(source, backup);

    const after = await withDatabase((client) => storedFiles(client));
    expect(after).toEqual(before);
    expect(after).toEqual([
      { sha256: 'a'.repeat(64), filename: 'Informe anual 2025.pdf', size: 3 },
    ]);
    // The backup's files are back; files uploaded since stay (their names are content hashes).
    expect(files()).toEqual([...filesBefore, ['b'.repeat(64), 'nuevo']]);
  });

  it('refuses to copy the embedded database while it runs (the copy would be inconsistent)', async () => {
    await withDatabase(async () => {
      await expect(backupInstallation(source, path.join(root, 'too-early'))).rejects.toThrow(
        'stop `npm start` first',
      );
      await expect(restoreInstallation(source, path.join(root, 'backup'))).rejects.toThrow(
        'stop `npm start` first',
      );
    });
  });
});

describe(
  'npm run backup / restore with DATABASE_URL (pg_dump, pg_restore)',
  { timeout: 180_000 },
  () => {
    it('restores the dumped database over later changes, while the server keeps running', async () => {
      const server = startDebianPostgres(await anyFreePort());
      const url = server.url('postgres');
      const client = new pg.Client(url);
      try {
        await migrateDeploy(url);
        await client.connect();
        await addFile(client, 'c'.repeat(64), 'Informe temático.pdf');
        const before = await storedFiles(client);
        const deployment = {
          databaseUrl: url,
          dataDir: '',
          storageDir: null,
          pgBinDir: DEBIAN_PG_BIN,
        };

        const backup = path.join(root, 'dump');
        await expect(backupInstallation(deployment, backup)).resolves.toMatchObject({
          database: 'pg_dump',
          files: false,
        });
        await client.query(`UPDATE "StoredFile" SET filename = 'cambiado.pdf'`);
        await addFile(client, 'd'.repeat(64), 'Nuevo.pdf');

        await restoreInstallation(deployment, backup);
        expect(await storedFiles(client)).toEqual(before);
      } finally {
        await client.end();
        server.stop();
      }
    });
  },
);
