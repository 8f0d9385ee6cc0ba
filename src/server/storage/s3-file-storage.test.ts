import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll } from 'vitest';

import { describeFileStorage } from '../../../tests/support/file-storage-contract';
import { startS3Server, type TestS3Server } from '../../../tests/support/s3-server';
import { createS3FileStorage } from './s3-file-storage';

let server: TestS3Server;
beforeAll(async () => {
  server = await startS3Server();
});
afterAll(() => server.close());

const storageIn = (bucket: string) =>
  createS3FileStorage({
    bucket,
    endpoint: server.env.S3_ENDPOINT,
    region: 'us-east-1',
    credentials: {
      accessKeyId: server.env.S3_ACCESS_KEY_ID,
      secretAccessKey: server.env.S3_SECRET_ACCESS_KEY,
    },
    forcePathStyle: true,
  });

describeFileStorage('createS3FileStorage (against s3rver)', {
  create: () => storageIn(server.env.S3_BUCKET),
  // A bucket nobody created: the server answers NoSuchBucket.
  createUnavailable: () => storageIn(`missing-${randomUUID()}`),
});
