import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import { createLocalFileStorage } from '@/server/storage/local-file-storage';

import { uniqueTag } from '../../../tests/support/library-fixtures';
import { makePdf } from '../../../tests/support/make-pdf';
import { ALLOWED_IMAGE_FILE_TYPES, storeDocumentFile } from './store-document-file';

const dir = mkdtempSync(path.join(tmpdir(), 'prevenir-storage-'));
const storage = createLocalFileStorage({ dir });
const createdShas: string[] = [];

afterAll(async () => {
  await prisma.storedFile.deleteMany({ where: { sha256: { in: createdShas } } });
  rmSync(dir, { recursive: true, force: true });
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('storeDocumentFile', () => {
  it('stores a real PDF under its SHA-256, records its type and extracts its text', async () => {
    const tag = uniqueTag();
    const bytes = makePdf([`Informe ${tag}`, 'Prevención de la tortura (OPCAT)']);
    const file = await storeDocumentFile({
      bytes,
      filename: 'C:\\fakepath\\informe\u0007.pdf',
      storage,
    });
    createdShas.push(file.sha256);

    expect(file).toMatchObject({
      filename: 'informe.pdf',
      contentType: 'application/pdf',
      size: bytes.byteLength,
    });
    expect(file.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(file.extractedText).toContain(`Informe ${tag}`);
    expect(file.extractedText).toContain('Prevención de la tortura (OPCAT)');
    expect(new Uint8Array(readFileSync(path.join(dir, file.sha256)))).toEqual(bytes);
    expect(await storage.get(file.sha256)).toEqual(bytes);

    // The same bytes again: one row, not two.
    const again = await storeDocumentFile({ bytes, filename: 'copy.pdf', storage });
    expect(again.id).toBe(file.id);
    expect(await prisma.storedFile.count({ where: { sha256: file.sha256 } })).toBe(1);
  });

  it('names the file after its real type when the extension lies', async () => {
    // A PNG signature followed by an IHDR chunk: file-type recognises it by content.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + uniqueTag().slice(1),
      'hex',
    );
    const file = await storeDocumentFile({
      bytes: new Uint8Array(png),
      filename: 'photo.pdf',
      storage,
    });
    createdShas.push(file.sha256);
    expect(file).toMatchObject({
      filename: 'photo.png',
      contentType: 'image/png',
      extractedText: null,
    });
  });

  it('rejects a text or HTML file renamed to .pdf, by content', async () => {
    for (const text of [
      'Meeting notes, saved as report.pdf\n',
      '<html><script>alert(1)</script>',
    ]) {
      const bytes = new TextEncoder().encode(text);
      const error = await rejection(storeDocumentFile({ bytes, filename: 'report.pdf', storage }));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('accepts only PNG, JPEG and WebP where an image is expected (a news item’s picture)', async () => {
    const allowedTypes = ALLOWED_IMAGE_FILE_TYPES;
    const pdf = await rejection(
      storeDocumentFile({
        bytes: makePdf(['Not an image']),
        filename: 'x.png',
        storage,
        allowedTypes,
      }),
    );
    expect(pdf).toMatchObject({ name: 'AppError', code: 'UNSUPPORTED_MEDIA_TYPE' });
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const script = await rejection(
      storeDocumentFile({ bytes: svg, filename: 'x.svg', storage, allowedTypes }),
    );
    expect(script).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    // A real JPEG start (SOI + JFIF APP0 marker), unique per run.
    const jpeg = Buffer.from(
      `ffd8ffe000104a46494600010100000100010000${uniqueTag().slice(1)}`,
      'hex',
    );
    const file = await storeDocumentFile({
      bytes: new Uint8Array(jpeg),
      filename: 'foto.png',
      storage,
      allowedTypes,
    });
    createdShas.push(file.sha256);
    expect(file).toMatchObject({ contentType: 'image/jpeg', filename: 'foto.jpg' });
  });

  it('rejects files over the size limit and empty files', async () => {
    const bytes = makePdf(['Too big']);
    const tooLarge = await rejection(
      storeDocumentFile({ bytes, filename: 'big.pdf', storage, maxBytes: bytes.byteLength - 1 }),
    );
    expect(tooLarge).toMatchObject({ name: 'AppError', code: 'PAYLOAD_TOO_LARGE' });
    const empty = await rejection(
      storeDocumentFile({ bytes: new Uint8Array(), filename: 'a.pdf', storage }),
    );
    expect(empty).toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('refuses with STORAGE_UNAVAILABLE, and records nothing, when the storage cannot be written', async () => {
    // A storage folder under a regular file cannot be created (ENOTDIR), even for root, like a
    // read-only or full disk would refuse the write.
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const broken = createLocalFileStorage({ dir: path.join(blocker, 'storage') });
    const tag = uniqueTag();
    const error = await rejection(
      storeDocumentFile({ bytes: makePdf([`Informe ${tag}`]), filename: 'a.pdf', storage: broken }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(await prisma.storedFile.count({ where: { extractedText: { contains: tag } } })).toBe(0);
  });
});
