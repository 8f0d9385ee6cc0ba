import { z } from 'zod';

/** Longest term kept: long enough for a treaty's full title. */
export const THESAURUS_TERM_MAX_LENGTH = 200;
/** Terms per language of one concept. */
export const THESAURUS_TERMS_MAX = 20;

const ZTerm = z
  .string()
  .trim()
  .min(1)
  .max(THESAURUS_TERM_MAX_LENGTH)
  // At least one letter or digit: a term of punctuation only would match nothing.
  .regex(/[\p{L}\p{N}]/u);

const ZTerms = z
  .array(ZTerm)
  .min(1)
  .max(THESAURUS_TERMS_MAX)
  .transform((terms) => [...new Set(terms)]);

/** An editor's edit of one concept: its terms per language, one per line in the form. */
export const ZUpdateThesaurusConceptSchema = z.object({
  conceptId: z.string().min(1).max(40),
  es: ZTerms,
  pt: ZTerms,
  en: ZTerms,
});
export type TUpdateThesaurusConceptSchema = z.infer<typeof ZUpdateThesaurusConceptSchema>;

const ZSeedTerm = z.union([ZTerm, z.object({ term: ZTerm, source: z.string().min(1) })]);

/** prisma/data/thesaurus.json. */
export const ZThesaurusFileSchema = z
  .object({
    sources: z.record(z.string(), z.object({ title: z.string().min(1), url: z.url() })),
    concepts: z.array(
      z.object({
        key: z.string().regex(/^[a-z0-9-]+$/),
        es: z.array(ZSeedTerm).min(1),
        pt: z.array(ZSeedTerm).min(1),
        en: z.array(ZSeedTerm).min(1),
      }),
    ),
  })
  .refine((file) => new Set(file.concepts.map((c) => c.key)).size === file.concepts.length, {
    message: 'Concept keys must be unique',
  });
export type TThesaurusFileSchema = z.infer<typeof ZThesaurusFileSchema>;
