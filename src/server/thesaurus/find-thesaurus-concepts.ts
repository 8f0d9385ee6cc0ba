import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';

export type ThesaurusConceptListItem = {
  id: string;
  key: string;
  terms: Record<AppLocale, string[]>;
};

/** Every concept of the search thesaurus with its terms per language, by key. */
export const findThesaurusConcepts = async (): Promise<ThesaurusConceptListItem[]> => {
  const concepts = await prisma.thesaurusConcept.findMany({
    orderBy: { key: 'asc' },
    select: {
      id: true,
      key: true,
      terms: { select: { locale: true, term: true }, orderBy: { term: 'asc' } },
    },
  });
  return concepts.map(({ id, key, terms }) => ({
    id,
    key,
    terms: {
      es: terms.filter((t) => t.locale === 'es').map((t) => t.term),
      pt: terms.filter((t) => t.locale === 'pt').map((t) => t.term),
      en: terms.filter((t) => t.locale === 'en').map((t) => t.term),
    },
  }));
};
