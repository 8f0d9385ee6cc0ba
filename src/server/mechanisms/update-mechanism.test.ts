import { describe, expect, it } from 'vitest';

import { ZCreateMechanismSchema, ZUpdateMechanismSchema } from '@/lib/validation/mechanism-form';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { createMechanism } from './create-mechanism';
import { deleteMechanism } from './delete-mechanism';
import { publishMechanism } from './publish-mechanism';
import { updateMechanism } from './update-mechanism';

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
    const mechanism = await createMechanism({
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
      updateMechanism({ actor: focal, id: mechanism.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const updated = await updateMechanism({ actor: editor, id: mechanism.id, data: edit });
    expect(updated).toMatchObject({ phone: '+54 362 444 0000', version: 2 });
    await expect(
      updateMechanism({ actor: editor, id: mechanism.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    await expect(
      publishMechanism({ actor: focal, id: mechanism.id, published: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await publishMechanism({ actor: editor, id: mechanism.id, published: true });
    expect((await prisma.mechanism.findUnique({ where: { id: mechanism.id } }))?.status).toBe(
      'PUBLISHED',
    );
    await deleteMechanism({ actor: editor, id: mechanism.id });
    expect(await prisma.mechanism.count({ where: { id: mechanism.id } })).toBe(0);
  });
});
