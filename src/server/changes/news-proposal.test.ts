import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { approveChange } from './approve-change';
import { getChangeRequest } from './get-change-request';
import { proposeChange } from './propose-change';

const setup = async () => {
  const country = await createTestCountry();
  const own = await createTestMechanism(country.id);
  const other = await createTestMechanism(country.id);
  const focal = await createActor('FOCAL_POINT', own.id);
  const editor = await createActor('EDITOR');
  const image = await prisma.storedFile.create({
    data: {
      sha256: createHash('sha256').update(uniqueTag()).digest('hex'),
      filename: 'visita.webp',
      contentType: 'image/webp',
      size: 10,
    },
  });
  return { country, own, other, focal, editor, image };
};

const newsValues = (slug: string, extra: Record<string, string | string[]> = {}) =>
  formInput({
    slug,
    originalLocale: 'es',
    publishedOn: '2026-02-14',
    'translations.es.title': 'El MNP presentó su informe anual',
    'translations.es.body': 'Texto con [enlace](https://example.org).',
    ...extra,
  });

describe('focal points’ news proposals', () => {
  it('are applied on approval as a published item about the proposer’s mechanism only, with its image', async () => {
    const { country, own, other, focal, editor, image } = await setup();
    const slug = uniqueTag();
    const change = await proposeChange({
      actor: focal,
      entityType: 'news',
      mechanismId: own.id,
      values: newsValues(slug, {
        'translations.es.imageAlt': 'El equipo del MNP en conferencia de prensa',
        mechanismIds: other.id,
        countryIds: country.id,
      }),
      fileId: image.id,
    });
    expect(await prisma.news.count({ where: { slug } })).toBe(0);
    const review = await getChangeRequest({ id: change.id });
    expect(review?.file).toEqual({ filename: 'visita.webp', size: 10 });
    expect(review?.diff).toContainEqual({
      name: 'translations.es.body',
      before: '',
      after: 'Texto con [enlace](https://example.org).',
    });

    const { entityType, entityId } = await approveChange({ actor: editor, id: change.id });
    expect(entityType).toBe('news');
    const news = await prisma.news.findUnique({
      where: { id: entityId },
      include: { mechanisms: { select: { id: true } }, countries: { select: { id: true } } },
    });
    expect(news).toMatchObject({
      slug,
      status: 'PUBLISHED',
      imageId: image.id,
      mechanisms: [{ id: own.id }],
      countries: [{ id: country.id }],
    });
    const actions = await prisma.auditLog.findMany({
      where: { entityId: { in: [entityId, change.id] } },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'change.propose', actorId: focal.id },
        { action: 'news.create', actorId: editor.id },
        { action: 'news.publish', actorId: editor.id },
        { action: 'change.approve', actorId: editor.id },
      ]),
    );
  });

  it('stay pending when the image has no alt text: nothing is created', async () => {
    const { own, focal, editor, image } = await setup();
    const slug = uniqueTag();
    const change = await proposeChange({
      actor: focal,
      entityType: 'news',
      mechanismId: own.id,
      values: newsValues(slug),
      fileId: image.id,
    });
    await expect(approveChange({ actor: editor, id: change.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await prisma.news.count({ where: { slug } })).toBe(0);
    expect((await prisma.changeRequest.findUnique({ where: { id: change.id } }))?.status).toBe(
      'PENDING',
    );
  });

  it('are refused for another mechanism or with an invalid payload', async () => {
    const { own, other, focal } = await setup();
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'news',
        mechanismId: other.id,
        values: newsValues(uniqueTag()),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'news',
        mechanismId: own.id,
        values: newsValues(uniqueTag(), { publishedOn: '2026-02-30' }),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
