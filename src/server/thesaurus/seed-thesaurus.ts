import type { Prisma } from '@/generated/prisma/client';
import { ZThesaurusFileSchema } from '@/lib/validation/thesaurus';

import thesaurusFile from '../../../prisma/data/thesaurus.json';

const LOCALES = ['es', 'pt', 'en'] as const;

/**
 * Adds the concepts of prisma/data/thesaurus.json that the database lacks (matched by key), with
 * their terms and sources, and their words to the "did you mean" vocabulary. Concepts already
 * there are left as editors left them, so the seed and `db:update` can run any number of times.
 * Returns how many concepts it added.
 */
export const seedThesaurus = async (db: Prisma.TransactionClient) => {
  const file = ZThesaurusFileSchema.parse(thesaurusFile);
  const existing = new Set(
    (await db.thesaurusConcept.findMany({ select: { key: true } })).map((c) => c.key),
  );
  const missing = file.concepts.filter((concept) => !existing.has(concept.key));
  for (const concept of missing) {
    const terms = LOCALES.flatMap((locale) =>
      concept[locale].map((entry) => {
        const { term, source } = typeof entry === 'string' ? { term: entry, source: null } : entry;
        const cited = source ? file.sources[source] : undefined;
        if (source && !cited) throw new Error(`Unknown thesaurus source: ${source}`);
        return { locale, term, sourceTitle: cited?.title, sourceUrl: cited?.url };
      }),
    );
    await db.thesaurusConcept.create({
      data: { key: concept.key, terms: { createMany: { data: terms, skipDuplicates: true } } },
    });
  }
  if (missing.length > 0)
    await db.$queryRaw`SELECT search_add_words(ARRAY(SELECT term FROM "ThesaurusTerm"))::text`;
  return missing.length;
};
