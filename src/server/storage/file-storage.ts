/**
 * Where uploaded files' bytes live. Keys are SHA-256 hex digests of the content, so storing the
 * same bytes twice is harmless. Today a local folder; an S3-compatible store can implement the
 * same two methods later.
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
