import 'server-only';

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { type FileStorage, isStorageKey } from './file-storage';

export type LocalFileStorageOptions = {
  /** A folder outside the web root; created on first write. */
  dir: string;
};

const assertKey = (key: string) => {
  if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
};

/** Files in one folder, each named by its SHA-256 content hash. */
export const createLocalFileStorage = ({ dir }: LocalFileStorageOptions): FileStorage => {
  const root = path.resolve(dir);
  return {
    put: async (key, bytes) => {
      assertKey(key);
      await mkdir(root, { recursive: true });
      // Write then rename, so a reader never sees a half-written file.
      const temporary = path.join(root, `.${key}.${randomUUID()}.tmp`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, path.join(root, key));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    get: async (key) => {
      assertKey(key);
      try {
        return new Uint8Array(await readFile(path.join(root, key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
};
