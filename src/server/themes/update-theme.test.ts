import { describe, expect, it } from 'vitest';

import { ZThemeSchema } from '@/lib/validation/themes';
import { createContent, deleteContent, updateContent } from '@/server/content/lifecycle';
import { prisma } from '@/server/db';

import { createActor, formInput, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { themeType } from './theme-type';

describe('theme back-office functions', () => {
  it('creates, relabels and deletes a theme; a focal point may not', async () => {
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const data = ZThemeSchema.parse(
      formInput({ slug: uniqueTag(), 'translations.es.label': 'Salud' }),
    );
    await expect(createContent(themeType, { actor: focal, data })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const theme = await createContent(themeType, { actor: editor, data });
    const relabelled = await updateContent(themeType, {
      actor: editor,
      id: theme.id,
      data: ZThemeSchema.parse(
        formInput({
          'translations.es.label': 'Salud en prisión',
          'translations.en.label': 'Health in prison',
        }),
      ),
    });
    expect(relabelled.slug).toBe(theme.slug);
    expect(relabelled.translations).toHaveLength(2);
    await deleteContent(themeType, { actor: editor, id: theme.id });
    expect(await prisma.theme.count({ where: { id: theme.id } })).toBe(0);
  });
});
