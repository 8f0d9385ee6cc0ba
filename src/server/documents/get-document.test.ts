import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createTestDocument,
  createTestFileRecord,
  createTestTheme,
  deleteTestRows,
  uniqueTag,
} from '../../../tests/support/library-fixtures';
import { getDocument } from './get-document';

const tag = uniqueTag();
let themeId = '';
let fileId = '';

beforeAll(async () => {
  themeId = (await createTestTheme(`${tag}-theme`)).id;
  const file = await createTestFileRecord(
    tag,
    `  Informe\n\n\tanual ${tag}  ${'palabra '.repeat(1000)}`,
  );
  fileId = file.id;
  const doc = await createTestDocument({
    slug: `${tag}-doc`,
    originalLocale: 'pt',
    publishedOn: '2022-05-04',
    titles: { en: 'English title', pt: 'Título original' },
    themeIds: [themeId],
    fileId,
  });
  await prisma.event.create({
    data: {
      slug: `${tag}-draft-event`,
      kind: 'WORKSHOP',
      originalLocale: 'es',
      startsOn: new Date('2022-01-01'),
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', title: 'Borrador' }] },
      documents: { connect: { id: doc.id } },
    },
  });
  await createTestDocument({ slug: `${tag}-draft`, status: 'DRAFT', titles: { es: 'Borrador' } });
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { slug: { startsWith: tag } } });
  await deleteTestRows(tag, [themeId]);
  await prisma.storedFile.deleteMany({ where: { id: fileId } });
});

describe('getDocument', () => {
  it('returns a published document with its languages, file and a whitespace-normalised excerpt', async () => {
    const doc = await getDocument({ slug: `${tag}-doc`, locale: 'es' });
    expect(doc).toMatchObject({
      title: 'Título original',
      titleLocale: 'pt',
      languages: ['pt', 'en'],
      file: { id: fileId, filename: 'informe.pdf', contentType: 'application/pdf', size: 1234 },
      themes: [{ slug: `${tag}-theme` }],
      events: [],
    });
    expect(doc!.excerpt!.startsWith(`Informe anual ${tag} palabra palabra`)).toBe(true);
    expect(doc!.excerpt!.length).toBeLessThanOrEqual(1501);
    expect(doc!.excerpt!.endsWith('palabra…')).toBe(true);

    const english = await getDocument({ slug: `${tag}-doc`, locale: 'en' });
    expect(english).toMatchObject({ title: 'English title', titleLocale: 'en' });
  });

  it('returns null for drafts and unknown slugs', async () => {
    expect(await getDocument({ slug: `${tag}-draft`, locale: 'es' })).toBeNull();
    expect(await getDocument({ slug: `${tag}-missing`, locale: 'es' })).toBeNull();
  });
});
