import { describe, expect, it } from 'vitest';

import { ZCreateCountrySchema, ZUpdateCountrySchema } from '@/lib/validation/countries';
import {
  createContent,
  deleteContent,
  publishContent,
  updateContent,
} from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestMechanism,
  formInput,
  freeIsoCodes,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { countryType } from './country-type';

describe('country back-office functions', () => {
  it('edits treaty status with a version check, and refuses to delete a country with mechanisms', async () => {
    const editor = await createActor('EDITOR');
    const base = {
      slug: uniqueTag(),
      ...(await freeIsoCodes()),
      subregion: 'CARIBBEAN',
      opcatStatus: 'SIGNATORY',
      opcatSignedOn: '2019-09-24',
      'translations.es.name': 'País de prueba',
    };
    const country = await createContent(countryType, {
      actor: editor,
      data: ZCreateCountrySchema.parse(formInput(base)),
    });
    expect(country).toMatchObject({ status: 'DRAFT', opcatStatus: 'SIGNATORY' });

    const edit = ZUpdateCountrySchema.parse(
      formInput({ ...base, version: '1', opcatStatus: 'PARTY', opcatRatifiedOn: '2024-01-15' }),
    );
    const updated = await updateContent(countryType, { actor: editor, id: country.id, data: edit });
    expect(updated.opcatStatus).toBe('PARTY');
    expect(updated.opcatRatifiedOn?.toISOString().slice(0, 10)).toBe('2024-01-15');
    await expect(
      updateContent(countryType, { actor: editor, id: country.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    await publishContent(countryType, { actor: editor, id: country.id, published: true });
    await createTestMechanism(country.id);
    await expect(
      deleteContent(countryType, { actor: editor, id: country.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'countryHasMechanisms',
    });
    const focal = await createActor('FOCAL_POINT');
    await expect(
      updateContent(countryType, { actor: focal, id: country.id, data: edit }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await prisma.country.count({ where: { id: country.id } })).toBe(1);
  });
});
