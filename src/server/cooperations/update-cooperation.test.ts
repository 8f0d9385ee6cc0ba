import { describe, expect, it } from 'vitest';

import {
  ZCreateCooperationSchema,
  ZUpdateCooperationSchema,
} from '@/lib/validation/cooperation-form';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { createCooperation } from './create-cooperation';
import { deleteCooperation } from './delete-cooperation';
import { publishCooperation } from './publish-cooperation';
import { updateCooperation } from './update-cooperation';

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
    const cooperation = await createCooperation({
      actor: editor,
      data: ZCreateCooperationSchema.parse(formInput(base)),
    });
    expect(cooperation.mechanisms).toHaveLength(2);
    const edit = ZUpdateCooperationSchema.parse(
      formInput({ ...base, version: '1', mechanismIds: a.id }),
    );
    const updated = await updateCooperation({ actor: editor, id: cooperation.id, data: edit });
    expect(updated.mechanisms).toEqual([{ id: a.id }]);
    await expect(
      updateCooperation({ actor: editor, id: cooperation.id, data: edit }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await publishCooperation({ actor: editor, id: cooperation.id, published: true });
    await deleteCooperation({ actor: editor, id: cooperation.id });
    expect(await prisma.cooperation.count({ where: { id: cooperation.id } })).toBe(0);
  });
});
