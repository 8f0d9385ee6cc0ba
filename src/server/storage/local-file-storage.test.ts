import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { describeFileStorage } from '../../../tests/support/file-storage-contract';
import { createLocalFileStorage } from './local-file-storage';

const root = mkdtempSync(path.join(tmpdir(), 'prevenir-local-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const keyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytes = new TextEncoder().encode('contenido del archivo');

describeFileStorage('createLocalFileStorage', {
  create: () => createLocalFileStorage({ dir: path.join(root, randomUUID()) }),
  // Its folder cannot be created: a file is in the way.
  createUnavailable: () => {
    const blocker = path.join(root, randomUUID());
    writeFileSync(blocker, 'x');
    return createLocalFileStorage({ dir: path.join(blocker, 'storage') });
  },
});

describe('createLocalFileStorage', () => {
  it('removes the partly written file when the write fails after it began', async () => {
    const dir = path.join(root, 'partial');
    // The final name is taken by a non-empty folder: the bytes are written, the rename fails.
    mkdirSync(path.join(dir, keyOf(bytes), 'inside'), { recursive: true });
    const storage = createLocalFileStorage({ dir });
    await expect(storage.put(keyOf(bytes), bytes)).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
    });
    expect(readdirSync(dir)).toEqual([keyOf(bytes)]);
  });
});
