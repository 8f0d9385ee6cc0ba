import { describe, expect, it } from 'vitest';

import { ZCreateCooperationSchema, ZUpdateCooperationSchema } from '@/lib/validation/cooperations';
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
import { cooperationType } from './cooperation-type';

describe('cooperation back-office functions', () => {
  it('links mechanisms, updates with the loaded version, publishes and deletes', async () => {
    const editor = await createActor('EDITOR');
    const country = await createTestCountry();
    const [a, b] = await Promise.all([
      createTestMechanism(country.id),
      createTestMechanism(country.id),
    ]);
    const base = {
      slug: uniqueTag(),
      kind: 'AGREEMENT',
      originalLocale: 'es',
      startedYear: '2021',
      'translations.es.title': 'Convenio de intercambio',
      mechanismIds: [a.id, b.id],
    };
    const cooperation = await createContent(cooperationType, {
      actor: editor,
      data: ZCreateCooperationSchema.parse(formInput(base)),
    });
    expect(cooperation.mechanisms).toHaveLength(2);
    const edit = ZUpdateCooperationSchema.parse(
      formInput({ ...base, version: '1', mechanismIds: a.id }),
    );
    const updated = await updateContent(cooperationType, {
      actor: editor,
      id: cooperation.id,
      data: edit,
    });
    expect(updated.mechanisms).toEqual([{ id: a.id }]);
    await expect(
      updateContent(cooperationType, { actor: editor, id: cooperation.id, data: edit }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await publishContent(cooperationType, { actor: editor, id: cooperation.id, published: true });
    await deleteContent(cooperationType, { actor: editor, id: cooperation.id });
    expect(await prisma.cooperation.count({ where: { id: cooperation.id } })).toBe(0);
  });
});
