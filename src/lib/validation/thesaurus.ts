import { z } from 'zod';

import { zOptionalParam } from './search-params';

/** Longest term kept: long enough for a treaty's full title. */
export const THESAURUS_TERM_MAX_LENGTH = 200;
/** Terms per language of one concept. */
export const THESAURUS_TERMS_MAX = 20;

const ZTerm = z
  .string()
  .trim()
  .min(1, 'required')
  .max(THESAURUS_TERM_MAX_LENGTH, 'tooLong')
  // At least one letter or digit: a term of punctuation only would match nothing.
  .regex(/[\p{L}\p{N}]/u, 'invalid');

/** One term per line, as typed in the form's text area; duplicates and blank lines dropped. */
const ZTermLines = z
  .string('required')
  .max(THESAURUS_TERM_MAX_LENGTH * THESAURUS_TERMS_MAX, 'tooLong')
  .transform((text) => [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(ZTerm).min(1, 'required').max(THESAURUS_TERMS_MAX, 'tooLong'));

/** An editor's edit of one concept: its terms in each language. */
export const ZUpdateThesaurusConceptSchema = z.object({
  es: ZTermLines,
  pt: ZTermLines,
  en: ZTermLines,
});
export type TUpdateThesaurusConceptSchema = z.infer<typeof ZUpdateThesaurusConceptSchema>;

/** `?done=` notice of the thesaurus list. */
export const ZThesaurusDoneSchema = z.object({
  done: zOptionalParam(z.enum(['saved'])),
});

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
