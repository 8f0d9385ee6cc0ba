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
};

/** Content hashes only: no path separators or dots can reach the storage backend. */
export const isStorageKey = (key: string) => /^[a-f0-9]{64}$/.test(key);

export const assertStorageKey = (key: string) => {
  if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
};
