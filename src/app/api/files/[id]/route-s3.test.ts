import { afterAll, describe, expect, it, vi } from 'vitest';

import { prisma } from '@/server/db';
import { storeDocumentFile } from '@/server/documents/store-document-file';
import { createS3FileStorage } from '@/server/storage/s3-file-storage';

import {
  createTestDocument,
  deleteTestRows,
  uniqueTag,
} from '../../../../../tests/support/library-fixtures';
import { makePdf } from '../../../../../tests/support/make-pdf';
import { GET } from './route';

// Before src/env.ts is imported: uploads go to a real S3-compatible server, as with several
// instances sharing one bucket.
const s3 = await vi.hoisted(async () => {
  const { startS3Server } = await import('../../../../../tests/support/s3-server');
  const server = await startS3Server();
  Object.assign(process.env, server.env, { STORAGE_DRIVER: 's3', S3_FORCE_PATH_STYLE: 'true' });
  return server;
});

const tag = uniqueTag();
const fileIds: string[] = [];

afterAll(async () => {
  await deleteTestRows(tag);
  await prisma.storedFile.deleteMany({ where: { id: { in: fileIds } } });
  await s3.close();
});

describe('GET /api/files/[id] with STORAGE_DRIVER=s3', () => {
  it('serves the bytes an upload stored in the bucket', async () => {
    const bytes = makePdf([`Informe ${tag}`]);
    const file = await storeDocumentFile({ bytes, filename: 'informe.pdf' });
    fileIds.push(file.id);
    await createTestDocument({ slug: `${tag}-s3`, fileId: file.id, titles: { es: 'Informe' } });

    // In the bucket itself, where another instance would read it.
    const { sha256 } = await prisma.storedFile.findUniqueOrThrow({ where: { id: file.id } });
    const bucket = createS3FileStorage({
      bucket: s3.env.S3_BUCKET,
      endpoint: s3.env.S3_ENDPOINT,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
    });
    expect(await bucket.get(sha256)).toEqual(bytes);

    const response = await GET(new Request(`http://localhost/api/files/${file.id}`), {
      params: Promise.resolve({ id: file.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
