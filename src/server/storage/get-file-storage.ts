import 'server-only';

import { env } from '@/env';

import type { FileStorage } from './file-storage';
import { createLocalFileStorage } from './local-file-storage';

let storage: FileStorage | undefined;

/** The configured file storage (the local folder in STORAGE_DIR). */
export const getFileStorage = (): FileStorage => {
  storage ??= createLocalFileStorage({ dir: env.STORAGE_DIR });
  return storage;
};
