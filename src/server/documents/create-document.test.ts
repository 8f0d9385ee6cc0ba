import { describe, expect, it } from 'vitest';

import { ZCreateDocumentSchema, ZUpdateDocumentSchema } from '@/lib/validation/documents';
import {
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import { createActor, formInput, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { documentType } from './document-type';

const input = (slug: string, extra: Record<string, string | string[]> = {}) =>
  ZCreateDocumentSchema.parse(
    formInput({
      slug,
      type: 'REPORT',
      originalLocale: 'es',
      'translations.es.title': 'Informe anual',
      'translations.es.summary': 'Resumen',
      externalUrl: 'https://example.org/informe.pdf',
      publishedOn: '2024-05-02',
      ...extra,
    }),
  );

const auditActions = async (entityId: string) =>
  (await prisma.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } })).map(
    (row) => row.action,
  );

describe('document back-office functions', () => {
  it('creates a draft with its translations, then updates, publishes, unpublishes and deletes it, auditing each step', async () => {
    const editor = await createActor('EDITOR');
    const slug = uniqueTag();
    const created = await createContent(documentType, { actor: editor, data: input(slug) });
    expect(created).toMatchObject({ slug, status: 'DRAFT', version: 1 });
    expect(created.translations).toEqual([
      { locale: 'es', title: 'Informe anual', summary: 'Resumen' },
    ]);

    const update = ZUpdateDocumentSchema.parse(
      formInput({
        slug,
        type: 'GUIDE',
        originalLocale: 'es',
        version: '1',
        'translations.es.title': 'Informe anual',
        'translations.pt.title': 'Relatório anual',
        'translations.en.title': 'Annual report',
      }),
    );
    const updated = await updateContent(documentType, {
      actor: editor,
      id: created.id,
      data: update,
    });
    expect(updated.version).toBe(2);
    expect(updated.type).toBe('GUIDE');
    expect(updated.translations.map((t) => t.locale).sort()).toEqual(['en', 'es', 'pt']);

    await publishContent(documentType, { actor: editor, id: created.id, published: true });
    expect((await prisma.document.findUnique({ where: { id: created.id } }))?.status).toBe(
      'PUBLISHED',
    );
    await publishContent(documentType, { actor: editor, id: created.id, published: false });
    expect((await prisma.document.findUnique({ where: { id: created.id } }))?.status).toBe('DRAFT');

    await deleteContent(documentType, { actor: editor, id: created.id });
    expect(await prisma.document.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await auditActions(created.id)).toEqual([
      'document.create',
      'document.update',
      'document.publish',
      'document.unpublish',
      'document.delete',
    ]);
    const audit = await prisma.auditLog.findFirst({
      where: { entityId: created.id, action: 'document.update' },
    });
    expect(audit?.actorId).toBe(editor.id);
    expect(audit?.before).toMatchObject({ type: 'REPORT', version: 1 });
    expect(audit?.after).toMatchObject({ type: 'GUIDE', version: 2 });
  });

  it('refuses a save based on a stale version and changes nothing', async () => {
    const editor = await createActor('EDITOR');
    const created = await createContent(documentType, { actor: editor, data: input(uniqueTag()) });
    const form = (title: string) =>
      ZUpdateDocumentSchema.parse(
        formInput({
          type: 'REPORT',
          originalLocale: 'es',
          version: '1',
          'translations.es.title': title,
        }),
      );
    await updateContent(documentType, { actor: editor, id: created.id, data: form('First save') });
    await expect(
      updateContent(documentType, {
        actor: editor,
        id: created.id,
        data: form('Second, stale save'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const row = await prisma.document.findUnique({
      where: { id: created.id },
      include: { translations: true },
    });
    expect(row?.version).toBe(2);
    expect(row?.translations[0]?.title).toBe('First save');
  });

  it('derives a unique slug from the title when none is typed, and refuses a taken one', async () => {
    const editor = await createActor('EDITOR');
    const title = `Guía ${uniqueTag()} de monitoreo`;
    const first = await createContent(documentType, {
      actor: editor,
      data: input('', { 'translations.es.title': title }),
    });
    const second = await createContent(documentType, {
      actor: editor,
      data: input('', { 'translations.es.title': title }),
    });
    expect(first.slug).toMatch(/^guia-bo[0-9a-f]+-de-monitoreo$/);
    expect(second.slug).toBe(`${first.slug}-2`);
    await expect(
      createContent(documentType, { actor: editor, data: input(first.slug) }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'slugTaken',
    });
  });

  it('lets an editor publish but not a focal point, who cannot create or delete either', async () => {
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const created = await createContent(documentType, { actor: editor, data: input(uniqueTag()) });
    await expect(
      publishContent(documentType, { actor: focal, id: created.id, published: true }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createContent(documentType, { actor: focal, data: input(uniqueTag()) }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      deleteContent(documentType, { actor: focal, id: created.id }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await publishContent(documentType, { actor: editor, id: created.id, published: true });
    expect((await prisma.document.findUnique({ where: { id: created.id } }))?.status).toBe(
      'PUBLISHED',
    );
  });
});
