import { describe, expect, it } from 'vitest';

import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/events';
import {
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import { createActor, formInput, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { eventType } from './event-type';

const values = (extra: Record<string, string> = {}) => ({
  slug: uniqueTag(),
  kind: 'WORKSHOP',
  originalLocale: 'pt',
  startsOn: '2025-03-10',
  endsOn: '2025-03-12',
  datePrecision: 'DAY',
  city: 'Brasília',
  online: 'on',
  'translations.pt.title': 'Oficina regional',
  'translations.pt.organisers': 'MNPCT',
  ...extra,
});

describe('event back-office functions', () => {
  it('creates a draft, updates it with the loaded version, publishes and deletes it', async () => {
    const editor = await createActor('EDITOR');
    const event = await createContent(eventType, {
      actor: editor,
      data: ZCreateEventSchema.parse(formInput(values())),
    });
    expect(event).toMatchObject({ status: 'DRAFT', online: true, city: 'Brasília', version: 1 });

    const edit = ZUpdateEventSchema.parse(
      formInput(
        values({
          slug: event.slug,
          version: '1',
          city: 'Recife',
          'translations.es.title': 'Taller regional',
        }),
      ),
    );
    const updated = await updateContent(eventType, { actor: editor, id: event.id, data: edit });
    expect(updated).toMatchObject({ city: 'Recife', version: 2 });
    await expect(
      updateContent(eventType, { actor: editor, id: event.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    await publishContent(eventType, { actor: editor, id: event.id, published: true });
    expect((await prisma.event.findUnique({ where: { id: event.id } }))?.status).toBe('PUBLISHED');
    await deleteContent(eventType, { actor: editor, id: event.id });
    expect(await prisma.event.count({ where: { id: event.id } })).toBe(0);
  });

  it('rejects an end before the start, and a focal point may not publish', async () => {
    const parsed = ZCreateEventSchema.safeParse(formInput(values({ endsOn: '2025-03-01' })));
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endsOn', 'endBeforeStart'],
    ]);
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const event = await createContent(eventType, {
      actor: editor,
      data: ZCreateEventSchema.parse(formInput(values())),
    });
    await expect(
      publishContent(eventType, { actor: focal, id: event.id, published: true }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
