import 'server-only';

import { prisma } from '@/server/db';

export type GetThesaurusConceptOptions = { id: string };

/** One concept with its terms (and their sources), for the edit form; null when there is none. */
export const getThesaurusConcept = async ({ id }: GetThesaurusConceptOptions) =>
  prisma.thesaurusConcept.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      terms: {
        select: { locale: true, term: true, sourceTitle: true, sourceUrl: true },
        orderBy: { term: 'asc' },
      },
    },
  });

export type ThesaurusConceptForEdit = NonNullable<Awaited<ReturnType<typeof getThesaurusConcept>>>;
