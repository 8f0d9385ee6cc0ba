import 'server-only';

import { env } from '@/env';

import type { FileStorage } from './file-storage';
import { createLocalFileStorage } from './local-file-storage';
import { createS3FileStorage } from './s3-file-storage';

let storage: FileStorage | undefined;

const createConfiguredStorage = (): FileStorage => {
  if (env.STORAGE_DRIVER === 'local') return createLocalFileStorage({ dir: env.STORAGE_DIR });
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  return createS3FileStorage({
    // Checked by src/env.ts: STORAGE_DRIVER=s3 requires a bucket.
    bucket: env.S3_BUCKET!,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  });
};

/** The configured file storage: the local folder in STORAGE_DIR, or the S3 bucket. */
export const getFileStorage = (): FileStorage => {
  storage ??= createConfiguredStorage();
  return storage;
};
