import 'server-only';

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { AppError } from '@/server/errors';
import { logger } from '@/server/log/logger';

import { assertStorageKey, type FileStorage } from './file-storage';

export type LocalFileStorageOptions = {
  /** A folder outside the web root; created on first write. */
  dir: string;
};

/** Files in one folder, each named by its SHA-256 content hash. */
export const createLocalFileStorage = ({ dir }: LocalFileStorageOptions): FileStorage => {
  const root = path.resolve(dir);
  return {
    put: async (key, bytes) => {
      assertStorageKey(key);
      // Write then rename, so a reader never sees a half-written file.
      const temporary = path.join(root, `.${key}.${randomUUID()}.tmp`);
      try {
        await mkdir(root, { recursive: true });
        await writeFile(temporary, bytes);
        await rename(temporary, path.join(root, key));
      } catch (error) {
        // Full (ENOSPC, EDQUOT), read-only (EROFS), forbidden (EACCES), broken (EIO) or not a
        // folder (ENOTDIR): whatever the cause, no partial file stays and the caller is told.
        await rm(temporary, { force: true }).catch(() => undefined);
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        logger.error({ err: error, dir: root, code }, 'storage: cannot write to the folder');
        throw new AppError('STORAGE_UNAVAILABLE', `Storage write failed (${code}).`);
      }
    },
    get: async (key) => {
      assertStorageKey(key);
      try {
        return new Uint8Array(await readFile(path.join(root, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
};
