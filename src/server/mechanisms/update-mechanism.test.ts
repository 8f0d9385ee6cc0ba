import { describe, expect, it } from 'vitest';

import { ZCreateMechanismSchema, ZUpdateMechanismSchema } from '@/lib/validation/mechanisms';
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
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { mechanismType } from './mechanism-type';

describe('mechanism back-office functions', () => {
  it('creates, updates (version-checked), publishes and deletes; focal points may do none of it directly', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const base = {
      slug: uniqueTag(),
      countryId: country.id,
      level: 'LOCAL',
      jurisdiction: 'Chaco',
      originalLocale: 'es',
      'translations.es.name': 'Comité Provincial',
      'translations.en.legalBasis': 'Provincial Law 7027',
    };
    const mechanism = await createContent(mechanismType, {
      actor: editor,
      data: ZCreateMechanismSchema.parse(formInput(base)),
    });
    expect(mechanism).toMatchObject({ status: 'DRAFT', level: 'LOCAL', jurisdiction: 'Chaco' });
    // A legal basis without a name in that language is allowed: names are optional per language.
    expect(mechanism.translations).toHaveLength(2);

    const focal = await createActor('FOCAL_POINT', mechanism.id);
    const edit = ZUpdateMechanismSchema.parse(
      formInput({
        ...base,
        version: '1',
        phone: '+54 362 444 0000',
        website: 'https://cpt.example.org',
      }),
    );
    await expect(
      updateContent(mechanismType, { actor: focal, id: mechanism.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const updated = await updateContent(mechanismType, {
      actor: editor,
      id: mechanism.id,
      data: edit,
    });
    expect(updated).toMatchObject({ phone: '+54 362 444 0000', version: 2 });
    await expect(
      updateContent(mechanismType, { actor: editor, id: mechanism.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    await expect(
      publishContent(mechanismType, { actor: focal, id: mechanism.id, published: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await publishContent(mechanismType, { actor: editor, id: mechanism.id, published: true });
    expect((await prisma.mechanism.findUnique({ where: { id: mechanism.id } }))?.status).toBe(
      'PUBLISHED',
    );
    await deleteContent(mechanismType, { actor: editor, id: mechanism.id });
    expect(await prisma.mechanism.count({ where: { id: mechanism.id } })).toBe(0);
  });
});
