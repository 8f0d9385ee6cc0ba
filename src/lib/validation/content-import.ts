import { z } from 'zod';

/** The content types editors can import from CSV (the names of their exports). */
export const CONTENT_IMPORT_TYPES = ['documents', 'events', 'mechanisms'] as const;
export type TContentImportType = (typeof CONTENT_IMPORT_TYPES)[number];

/** The import form: which type, check or import, and whether new items are published at once. */
export const ZContentImportSchema = z.object({
  type: z.enum(CONTENT_IMPORT_TYPES),
  mode: z.enum(['dryRun', 'commit']).catch('dryRun'),
  publish: z.preprocess((value) => value === 'on', z.boolean()),
});
export type TContentImportSchema = z.infer<typeof ZContentImportSchema>;

/** A row's `status` cell: empty keeps an item's status (new items: the form's choice). */
export const ZImportStatusSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  z.enum(['', 'DRAFT', 'PUBLISHED']),
);

/** Slugs as the site makes them; the import's key. */
export const ZImportSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(100);
