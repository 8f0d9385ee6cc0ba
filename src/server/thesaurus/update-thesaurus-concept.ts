import 'server-only';

import type { TUpdateThesaurusConceptSchema } from '@/lib/validation/thesaurus';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { inTransaction } from '@/server/db';
import { AppError } from '@/server/errors';

export type UpdateThesaurusConceptOptions = {
  actor: Actor;
  id: string;
  data: TUpdateThesaurusConceptSchema;
};

const LOCALES = ['es', 'pt', 'en'] as const;

/**
 * Replaces a concept's terms in each language, audited in the same transaction. Terms kept keep
 * their treaty source; the new terms' words join the "did you mean" vocabulary. Searches use the
 * change at once: query expansion reads the table (see search_expand).
 */
export const updateThesaurusConcept = async ({
  actor,
  id,
  data,
}: UpdateThesaurusConceptOptions) => {
  assertPermission(actor, 'thesaurus.edit');
  return inTransaction(undefined, async (tx) => {
    const select = { locale: true, term: true } as const;
    const concept = await tx.thesaurusConcept.findUnique({
      where: { id },
      select: { key: true, terms: { select, orderBy: [{ locale: 'asc' }, { term: 'asc' }] } },
    });
    if (!concept) throw new AppError('NOT_FOUND', 'thesaurus concept');
    for (const locale of LOCALES) {
      const wanted = data[locale];
      await tx.thesaurusTerm.deleteMany({
        where: { conceptId: id, locale, term: { notIn: wanted } },
      });
      await tx.thesaurusTerm.createMany({
        data: wanted.map((term) => ({ conceptId: id, locale, term })),
        skipDuplicates: true,
      });
    }
    await tx.thesaurusConcept.update({ where: { id }, data: { updatedAt: new Date() } });
    await tx.$queryRaw`SELECT search_add_words(${LOCALES.flatMap((l) => data[l])}::text[])::text`;
    const after = await tx.thesaurusTerm.findMany({
      where: { conceptId: id },
      select,
      orderBy: [{ locale: 'asc' }, { term: 'asc' }],
    });
    await recordAudit({
      actor,
      action: 'thesaurus.update',
      entityType: 'thesaurusConcept',
      entityId: id,
      before: concept,
      after: { key: concept.key, terms: after },
      db: tx,
    });
  });
};
