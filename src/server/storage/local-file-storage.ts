import 'server-only';

import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

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
  /** Writes through a temporary file then renames, so a reader never sees a half-written file. */
  const store = async (key: string, write: (temporary: string) => Promise<void>) => {
    assertStorageKey(key);
    const temporary = path.join(root, `.${key}.${randomUUID()}.tmp`);
    try {
      await mkdir(root, { recursive: true });
      await write(temporary);
      await rename(temporary, path.join(root, key));
    } catch (error) {
      // Full (ENOSPC, EDQUOT), read-only (EROFS), forbidden (EACCES), broken (EIO) or not a
      // folder (ENOTDIR): whatever the cause, no partial file stays and the caller is told.
      await rm(temporary, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      logger.error({ err: error, dir: root, code }, 'storage: cannot write to the folder');
      throw new AppError('STORAGE_UNAVAILABLE', `Storage write failed (${code}).`);
    }
  };
  return {
    put: (key, bytes) => store(key, (temporary) => writeFile(temporary, bytes)),
    putFile: (key, filePath) => store(key, (temporary) => copyFile(filePath, temporary)),
    get: async (key) => {
      assertStorageKey(key);
      try {
        return new Uint8Array(await readFile(path.join(root, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    open: async (key) => {
      assertStorageKey(key);
      try {
        // Stat and stream one open file: a rename over the key meanwhile cannot mix two files.
        const handle = await open(path.join(root, key));
        const { size } = await handle.stat();
        const stream = handle.createReadStream();
        return { size, stream: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    remove: async (key) => {
      assertStorageKey(key);
      await rm(path.join(root, key), { force: true });
    },
  };
};
