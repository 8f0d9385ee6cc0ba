import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { AppError } from '@/server/errors';
import type { FileStorage } from '@/server/storage/file-storage';

export type FileStorageContractOptions = {
  /** A working storage, empty. */
  create: () => FileStorage;
  /** One whose backend refuses every write (no space, no bucket, no permission…). */
  createUnavailable: () => FileStorage;
};

const keyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const encode = (text: string) => new TextEncoder().encode(text);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

/** What every FileStorage implementation must do, the same for the local folder and S3. */
export const describeFileStorage = (name: string, options: FileStorageContractOptions) =>
  describe(`${name} (FileStorage behaviour)`, () => {
    it('keeps the bytes under their key and reads them back; an unknown key reads as null', async () => {
      const storage = options.create();
      const bytes = encode('contenido del archivo');
      await storage.put(keyOf(bytes), bytes);
      expect(await storage.get(keyOf(bytes))).toEqual(bytes);
      expect(await storage.get(keyOf(encode('nunca guardado')))).toBeNull();
    });

    it('stores the same bytes twice harmlessly, and binary and empty content byte for byte', async () => {
      const storage = options.create();
      const binary = new Uint8Array(256).map((_, index) => index);
      await storage.put(keyOf(binary), binary);
      await storage.put(keyOf(binary), binary);
      expect(await storage.get(keyOf(binary))).toEqual(binary);
      const empty = new Uint8Array();
      await storage.put(keyOf(empty), empty);
      expect(await storage.get(keyOf(empty))).toEqual(empty);
    });

    it('stores a file from disk streamed, opens it as a stream with its size, and removes it', async () => {
      const storage = options.create();
      const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
      const folder = await mkdtemp(path.join(tmpdir(), 'storage-contract-'));
      const file = path.join(folder, 'archive.zip');
      await writeFile(file, bytes);
      await storage.putFile(keyOf(bytes), file);
      await rm(folder, { recursive: true });
      const opened = await storage.open(keyOf(bytes));
      expect(opened?.size).toBe(bytes.length);
      expect(new Uint8Array(await new Response(opened!.stream).arrayBuffer())).toEqual(bytes);
      await storage.remove(keyOf(bytes));
      expect(await storage.open(keyOf(bytes))).toBeNull();
      expect(await storage.get(keyOf(bytes))).toBeNull();
      await storage.remove(keyOf(bytes));
    });

    it('refuses keys that are not content hashes, so no path can reach the backend', async () => {
      const storage = options.create();
      for (const key of ['../etc/passwd', 'a/b', 'A'.repeat(64), '']) {
        await expect(storage.put(key, encode('x')), key).rejects.toThrow('Invalid storage key');
        await expect(storage.get(key), key).rejects.toThrow('Invalid storage key');
        await expect(storage.open(key), key).rejects.toThrow('Invalid storage key');
        await expect(storage.remove(key), key).rejects.toThrow('Invalid storage key');
      }
    });

    it('reports STORAGE_UNAVAILABLE (503) when its backend refuses the write', async () => {
      const bytes = encode('no cabe');
      const error = await failure(options.createUnavailable().put(keyOf(bytes), bytes));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
    });
  });
