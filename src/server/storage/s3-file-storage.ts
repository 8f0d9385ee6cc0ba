import 'server-only';

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
} from '@aws-sdk/client-s3';

import { AppError } from '@/server/errors';
import { logger } from '@/server/log/logger';

import { assertStorageKey, type FileStorage } from './file-storage';

export type S3FileStorageOptions = {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, Garage, s3rver…); unset: AWS itself. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's default chain (environment, shared files, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Bucket in the path (`host/bucket/key`), as most self-hosted S3 servers require. */
  forcePathStyle?: boolean;
};

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/** Objects in one bucket, each named by its SHA-256 content hash, shared by every instance. */
export const createS3FileStorage = ({
  bucket,
  ...clientOptions
}: S3FileStorageOptions): FileStorage => {
  // Few, short retries: an upload form waits on them, and a failure is reported, not lost.
  const client = new S3Client({
    ...clientOptions,
    maxAttempts: 2,
    // Checksums only where S3 requires them: a streamed body would otherwise go as aws-chunked
    // with a trailing checksum, which several S3-compatible servers store as part of the object.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const store = async (
    key: string,
    body: () => Promise<Omit<PutObjectCommandInput, 'Bucket' | 'Key'>>,
  ) => {
    assertStorageKey(key);
    try {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, ...(await body()) }));
    } catch (error) {
      // Unreachable, refused, missing bucket, full: the operators' problem; nothing was kept.
      logger.error({ err: error, bucket }, 'storage: cannot write to the S3 bucket');
      throw new AppError('STORAGE_UNAVAILABLE', `Storage write failed (${(error as Error).name}).`);
    }
  };
  return {
    put: (key, bytes) => store(key, async () => ({ Body: bytes })),
    // A single streamed PUT (up to 5 GB), its length known beforehand.
    putFile: (key, filePath) =>
      store(key, async () => ({
        Body: createReadStream(filePath),
        ContentLength: (await stat(filePath)).size,
      })),
    get: async (key) => {
      assertStorageKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    open: async (key) => {
      assertStorageKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!object.Body) return null;
        return {
          size: object.ContentLength ?? 0,
          stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    remove: async (key) => {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
};
