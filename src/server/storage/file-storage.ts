/**
 * Where uploaded files' bytes live. Keys are SHA-256 hex digests of the content, so storing the
 * same bytes twice is harmless. A local folder (the default) or an S3-compatible bucket, which
 * several instances can share (STORAGE_DRIVER).
 */
export type FileStorage = {
  /**
   * Throws AppError STORAGE_UNAVAILABLE when the bytes cannot be kept (disk full, read-only,
   * no permission, I/O error): the operators' problem, which forms report without losing input.
   */
  put: (key: string, bytes: Uint8Array) => Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get: (key: string) => Promise<Uint8Array | null>;
  /** Stores a file of the local disk, streamed (large files, e.g. the full data download). */
  putFile: (key: string, filePath: string) => Promise<void>;
  /** The stored bytes as a stream with their size, or null when nothing is stored under the key. */
  open: (key: string) => Promise<StoredStream | null>;
  /** Forgets the bytes under the key (nothing happens when there are none). */
  remove: (key: string) => Promise<void>;
};

export type StoredStream = { size: number; stream: ReadableStream<Uint8Array> };

/** Content hashes only: no path separators or dots can reach the storage backend. */
export const isStorageKey = (key: string) => /^[a-f0-9]{64}$/.test(key);

export const assertStorageKey = (key: string) => {
  if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
};
