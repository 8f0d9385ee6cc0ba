import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { ZCreateNewsSchema, ZUpdateNewsSchema } from '@/lib/validation/news';
import {
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { newsType } from './news-type';

const values = (extra: Record<string, string | string[]> = {}) => ({
  slug: uniqueTag(),
  originalLocale: 'es',
  publishedOn: '2026-03-10',
  'translations.es.title': 'Visita a la unidad penal',
  'translations.es.summary': 'El mecanismo visitó la unidad.',
  'translations.es.body': '## Hallazgos\n\n- hacinamiento\n- falta de agua',
  ...extra,
});

const auditOf = (id: string) =>
  prisma.auditLog.findMany({
    where: { entityType: 'news', entityId: id },
    orderBy: { createdAt: 'asc' },
    select: { action: true, actorId: true, before: true, after: true },
  });

/** A stored image row (the lifecycle only links it; storing bytes is tested on its own). */
const storeTestImage = () =>
  prisma.storedFile.create({
    data: {
      sha256: createHash('sha256').update(uniqueTag()).digest('hex'),
      filename: 'foto.png',
      contentType: 'image/png',
      size: 3,
    },
  });

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('news through the content lifecycle', () => {
  it('creates a draft with its relations, updates it by version, publishes, unpublishes and deletes it, auditing each step', async () => {
    const editor = await createActor('EDITOR');
    const country = await createTestCountry();
    const mechanism = await createTestMechanism(country.id);
    const created = await createContent(newsType, {
      actor: editor,
      data: ZCreateNewsSchema.parse(
        formInput(values({ countryIds: country.id, mechanismIds: [mechanism.id] })),
      ),
    });
    expect(created).toMatchObject({
      status: 'DRAFT',
      version: 1,
      imageId: null,
      countries: [{ id: country.id }],
      mechanisms: [{ id: mechanism.id }],
      translations: [
        expect.objectContaining({
          locale: 'es',
          title: 'Visita a la unidad penal',
          body: '## Hallazgos\n\n- hacinamiento\n- falta de agua',
        }),
      ],
    });
    expect(created.publishedOn.toISOString()).toBe('2026-03-10T00:00:00.000Z');

    const edit = ZUpdateNewsSchema.parse(
      formInput(
        values({
          slug: created.slug,
          version: '1',
          'translations.en.title': 'Visit to the prison',
          'translations.en.body': 'In **English**.',
          countryIds: country.id,
        }),
      ),
    );
    const updated = await updateContent(newsType, { actor: editor, id: created.id, data: edit });
    expect(updated.version).toBe(2);
    expect(updated.mechanisms).toEqual([]);
    expect(updated.translations.map((t) => t.locale).sort()).toEqual(['en', 'es']);
    // A save over a version someone else replaced is refused, and changes nothing.
    await expect(
      updateContent(newsType, { actor: editor, id: created.id, data: edit }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    await publishContent(newsType, { actor: editor, id: created.id, published: true });
    expect((await prisma.news.findUnique({ where: { id: created.id } }))?.status).toBe('PUBLISHED');
    await publishContent(newsType, { actor: editor, id: created.id, published: false });
    await deleteContent(newsType, { actor: editor, id: created.id });
    expect(await prisma.news.count({ where: { id: created.id } })).toBe(0);
    expect(await prisma.newsTranslation.count({ where: { newsId: created.id } })).toBe(0);

    const audit = await auditOf(created.id);
    expect(audit.map((row) => row.action)).toEqual([
      'news.create',
      'news.update',
      'news.publish',
      'news.unpublish',
      'news.delete',
    ]);
    expect(audit.every((row) => row.actorId === editor.id)).toBe(true);
    expect(audit[1]?.before).toMatchObject({ version: 1, mechanisms: [{ id: mechanism.id }] });
    expect(audit[1]?.after).toMatchObject({ version: 2, mechanisms: [] });
    expect(audit[2]).toMatchObject({ before: { status: 'DRAFT' }, after: { status: 'PUBLISHED' } });
  });

  it('asks for the image’s alt text in every language with a title, in the form and on save', async () => {
    const image = new Blob([new Uint8Array([1, 2, 3])]);
    const withImage = { ...formInput(values({ 'translations.pt.title': 'Visita' })), file: image };
    expect(issues(ZCreateNewsSchema.safeParse(withImage))).toEqual([
      ['translations.es.imageAlt', 'required'],
      ['translations.pt.imageAlt', 'required'],
    ]);
    // An item that keeps its image needs it too; one whose image is removed does not.
    const kept = formInput(values({ version: '2', hasImage: 'on' }));
    expect(issues(ZUpdateNewsSchema.safeParse(kept))).toEqual([
      ['translations.es.imageAlt', 'required'],
    ]);
    expect(ZUpdateNewsSchema.safeParse({ ...kept, removeImage: 'on' }).success).toBe(true);
    expect(issues(ZCreateNewsSchema.safeParse(formInput(values({ publishedOn: '' }))))).toEqual([
      ['publishedOn', 'required'],
    ]);

    // A request that hides the image from the form's rule is still refused, and nothing is kept.
    const editor = await createActor('EDITOR');
    const stored = await storeTestImage();
    const slug = uniqueTag();
    const withoutAlt = ZCreateNewsSchema.parse(formInput(values({ slug })));
    await expect(
      createContent(newsType, { actor: editor, data: withoutAlt, extra: { imageId: stored.id } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await prisma.news.count({ where: { slug } })).toBe(0);

    const withAlt = ZCreateNewsSchema.parse(
      formInput(values({ slug, 'translations.es.imageAlt': 'Patio de la unidad penal' })),
    );
    const created = await createContent(newsType, {
      actor: editor,
      data: withAlt,
      extra: { imageId: stored.id },
    });
    expect(created.imageId).toBe(stored.id);
    expect(created.image).toMatchObject({ contentType: 'image/png', filename: 'foto.png' });

    // Adding a language without alt text to an item with an image is refused as well.
    const addsEnglish = ZUpdateNewsSchema.parse(
      formInput(
        values({
          slug,
          version: '1',
          'translations.es.imageAlt': 'Patio de la unidad penal',
          'translations.en.title': 'Prison visit',
        }),
      ),
    );
    await expect(
      updateContent(newsType, { actor: editor, id: created.id, data: addsEnglish }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await prisma.news.findUnique({ where: { id: created.id } }))?.version).toBe(1);
    await deleteContent(newsType, { actor: editor, id: created.id });
  });

  it('lets a focal point neither write nor publish news directly', async () => {
    const country = await createTestCountry();
    const mechanism = await createTestMechanism(country.id);
    const focal = await createActor('FOCAL_POINT', mechanism.id);
    const data = ZCreateNewsSchema.parse(formInput(values()));
    await expect(createContent(newsType, { actor: focal, data })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const editor = await createActor('EDITOR');
    const created = await createContent(newsType, { actor: editor, data });
    await expect(
      publishContent(newsType, { actor: focal, id: created.id, published: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deleteContent(newsType, { actor: editor, id: created.id });
  });
});
