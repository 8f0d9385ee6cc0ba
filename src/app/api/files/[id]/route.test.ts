import { rmSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { prisma } from '@/server/db';
import { storeDocumentFile } from '@/server/documents/store-document-file';

import {
  createTestDocument,
  deleteTestRows,
  uniqueTag,
} from '../../../../../tests/support/library-fixtures';
import { makePdf } from '../../../../../tests/support/make-pdf';
import { contentDisposition } from './content-disposition';
import { GET } from './route';

// Before src/env.ts is imported: the route reads files from a throwaway folder.
const storageDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/prevenir-files-`);
  process.env.STORAGE_DIR = dir;
  return dir;
});

const tag = uniqueTag();
const ids = { published: '', draftOnly: '' };
const bytes = { published: makePdf([`Published ${tag}`]), draftOnly: makePdf([`Draft ${tag}`]) };
const FILENAME = 'Relatório "final"\r\nX-Evil: 1 (2024)*.pdf';

const download = (id: string) =>
  GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  const published = await storeDocumentFile({ bytes: bytes.published, filename: FILENAME });
  const draftOnly = await storeDocumentFile({ bytes: bytes.draftOnly, filename: 'draft.pdf' });
  ids.published = published.id;
  ids.draftOnly = draftOnly.id;
  await createTestDocument({ slug: `${tag}-pub`, fileId: published.id, titles: { es: 'Pública' } });
  await createTestDocument({
    slug: `${tag}-draft-a`,
    status: 'DRAFT',
    fileId: draftOnly.id,
    titles: { es: 'Borrador' },
  });
  // A file can hang off a draft and a published document: it is public then.
  await createTestDocument({
    slug: `${tag}-draft-b`,
    status: 'DRAFT',
    fileId: published.id,
    titles: { es: 'Otro borrador' },
  });
});

afterAll(async () => {
  await deleteTestRows(tag);
  await prisma.storedFile.deleteMany({ where: { id: { in: [ids.published, ids.draftOnly] } } });
  rmSync(storageDir, { recursive: true, force: true });
});

describe('GET /api/files/[id]', () => {
  it('serves a published document’s file with safe download headers', async () => {
    const response = await download(ids.published);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(bytes.published.byteLength));
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toBe(
      // The upload already dropped the CR/LF; quotes and non-ASCII letters are encoded.
      `attachment; filename="Relat_rio _final_X-Evil: 1 (2024)*.pdf"; ` +
        `filename*=UTF-8''Relat%C3%B3rio%20%22final%22X-Evil%3A%201%20%282024%29%2A.pdf`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes.published);
  });

  it('serves a published news item’s image, and not a draft’s', async () => {
    const image = (hex: string) =>
      storeDocumentFile({
        bytes: new Uint8Array(
          Buffer.from(`89504e470d0a1a0a0000000d49484452000000010000000108060000${hex}`, 'hex'),
        ),
        filename: 'foto.png',
      });
    const [shown, hidden] = await Promise.all([image(tag.slice(1)), image(`${tag.slice(1)}ff`)]);
    const news = (slug: string, status: 'PUBLISHED' | 'DRAFT', imageId: string) =>
      prisma.news.create({
        data: {
          slug,
          originalLocale: 'es',
          publishedOn: new Date('2026-01-01'),
          status,
          imageId,
          translations: { create: [{ locale: 'es', title: slug, imageAlt: 'Foto' }] },
        },
      });
    await news(`${tag}-news-pub`, 'PUBLISHED', shown.id);
    await news(`${tag}-news-draft`, 'DRAFT', hidden.id);
    try {
      const response = await download(shown.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect((await download(hidden.id)).status).toBe(404);
    } finally {
      await prisma.news.deleteMany({ where: { slug: { startsWith: tag } } });
      await prisma.storedFile.deleteMany({ where: { id: { in: [shown.id, hidden.id] } } });
    }
  });

  it('answers 404 for files attached only to drafts, unknown ids and malformed ids', async () => {
    for (const id of [
      ids.draftOnly,
      'c000000000000000000000000',
      '../../etc/passwd',
      'x'.repeat(500),
    ]) {
      const response = await download(id);
      expect(response.status, id).toBe(404);
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });
});

describe('contentDisposition', () => {
  it('keeps any name intact in filename* and ASCII-safe in filename', () => {
    expect(contentDisposition('تقرير 2024.pdf')).toBe(
      `attachment; filename="_____ 2024.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%202024.pdf`,
    );
    expect(contentDisposition("it's; 100%.pdf")).toBe(
      `attachment; filename="it's_ 100_.pdf"; filename*=UTF-8''it%27s%3B%20100%25.pdf`,
    );
    expect(contentDisposition('a\r\nSet-Cookie: x.pdf')).toBe(
      `attachment; filename="a__Set-Cookie: x.pdf"; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x.pdf`,
    );
    // A lone surrogate must not make encodeURIComponent throw.
    expect(contentDisposition('bad\uD800.pdf')).toContain(`filename*=UTF-8''bad%EF%BF%BD.pdf`);
  });
});
