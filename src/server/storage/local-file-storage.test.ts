import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { AppError } from '@/server/errors';

import { createLocalFileStorage } from './local-file-storage';

const root = mkdtempSync(path.join(tmpdir(), 'prevenir-local-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const keyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytes = new TextEncoder().encode('contenido del archivo');

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('createLocalFileStorage', () => {
  it('keeps the bytes under their key and reads them back', async () => {
    const storage = createLocalFileStorage({ dir: path.join(root, 'ok') });
    await storage.put(keyOf(bytes), bytes);
    expect(await storage.get(keyOf(bytes))).toEqual(bytes);
    expect(await storage.get(keyOf(new Uint8Array([1])))).toBeNull();
  });

  it('reports STORAGE_UNAVAILABLE when its folder cannot be created (a file is in the way)', async () => {
    const blocker = path.join(root, 'a-file');
    writeFileSync(blocker, 'x');
    const storage = createLocalFileStorage({ dir: path.join(blocker, 'storage') });
    const error = await failure(storage.put(keyOf(bytes), bytes));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
  });

  it('removes the partly written file when the write fails after it began', async () => {
    const dir = path.join(root, 'partial');
    // The final name is taken by a non-empty folder: the bytes are written, the rename fails.
    mkdirSync(path.join(dir, keyOf(bytes), 'inside'), { recursive: true });
    const storage = createLocalFileStorage({ dir });
    expect(await failure(storage.put(keyOf(bytes), bytes))).toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
    expect(readdirSync(dir)).toEqual([keyOf(bytes)]);
  });
});
