import path from 'node:path';

/** What `npm run backup` / `restore` work on, from the same settings as `npm start`. */
export const backupSource = (env: NodeJS.ProcessEnv = process.env) => ({
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.PREVENIR_DATA_DIR || path.join('.data', 'postgres'),
  // Files in an S3 bucket are backed up with the store's own tools (versioning, replication).
  storageDir: env.STORAGE_DRIVER === 's3' ? null : env.STORAGE_DIR || path.join('.data', 'storage'),
  pgBinDir: env.PG_BIN_DIR || undefined,
});
