import { describe, expect, it } from 'vitest';

import { ZUpdateThesaurusConceptSchema } from '@/lib/validation/thesaurus';
import { prisma } from '@/server/db';

import { createActor, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { updateThesaurusConcept } from './update-thesaurus-concept';

const expandsTo = async (text: string, lang: 'es' | 'pt' | 'en') => {
  const [row] = await prisma.$queryRaw<{ expanded: string | null }[]>`
    SELECT search_expand(websearch_to_tsquery(search_config(${lang}), ${text}), ${lang})::text
      AS expanded`;
  return row!.expanded;
};

describe('updateThesaurusConcept', () => {
  it("replaces a concept's terms, audits the change, and searches expand with them at once", async () => {
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const tag = uniqueTag().replace(/[^a-z]/g, '');
    const concept = await prisma.thesaurusConcept.create({
      data: {
        key: `test-${tag}`,
        terms: {
          create: [
            { locale: 'es', term: `zorzal${tag}`, sourceUrl: 'https://example.org/tratado' },
            { locale: 'pt', term: `sabia${tag}` },
            { locale: 'en', term: `thrush${tag}` },
          ],
        },
      },
    });
    // The form's text areas: one term per line, blank lines and repeats dropped.
    const data = ZUpdateThesaurusConceptSchema.parse({
      es: `zorzal${tag}\n\nmirlo${tag}\nmirlo${tag}`,
      pt: `sabia${tag}`,
      en: `blackbird${tag}`,
    });
    expect(data.es).toEqual([`zorzal${tag}`, `mirlo${tag}`]);

    await expect(
      updateThesaurusConcept({ actor: focal, id: concept.id, data }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateThesaurusConcept({ actor: editor, id: concept.id, data });

    const terms = await prisma.thesaurusTerm.findMany({
      where: { conceptId: concept.id },
      orderBy: [{ locale: 'asc' }, { term: 'asc' }],
    });
    expect(terms.map((t) => `${t.locale}:${t.term}`)).toEqual([
      `es:mirlo${tag}`,
      `es:zorzal${tag}`,
      `pt:sabia${tag}`,
      `en:blackbird${tag}`,
    ]);
    // A term kept keeps its source.
    expect(terms.find((t) => t.term === `zorzal${tag}`)?.sourceUrl).toBe(
      'https://example.org/tratado',
    );
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'thesaurus.update', entityId: concept.id },
    });
    expect(audit?.actorId).toBe(editor.id);
    // An English search for the new Spanish term now also looks for the new English one.
    expect(await expandsTo(`mirlo${tag}`, 'en')).toContain('blackbird');
    expect(await expandsTo(`thrush${tag}`, 'en')).toBeNull();
  });

  it('refuses a language left without terms', () => {
    const parsed = ZUpdateThesaurusConceptSchema.safeParse({
      es: 'tortura',
      pt: ' \n ',
      en: 'torture',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['pt'], message: 'required' });
  });
});
