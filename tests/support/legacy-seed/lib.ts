import type { Prisma } from '@/generated/prisma/client';

/** The seed runs inside one interactive transaction, so a failure leaves the database empty. */
export type SeedDb = Prisma.TransactionClient;

/** `@db.Date` columns: a calendar date is stored as UTC midnight. */
export const toDate = (isoDate: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(isoDate);
};

export const toDateOrNull = (isoDate: string | null): Date | null =>
  isoDate === null ? null : toDate(isoDate);

/** Lowercase ASCII, hyphenated; drops a parenthetical part ("Bolivia (Plurinational State of)"). */
export const slugify = (text: string): string =>
  text
    .replace(/\(.*?\)/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Reference texts in prisma/data/reference are cited by file name until their URL is known. */
export const referenceSource = (fileName: string): string => `prevenir reference: ${fileName}`;

export type Texts = { title: string; summary: string };

/** Nested `create` rows for per-locale title/summary translations. */
export const titleTranslations = (texts: Partial<Record<'es' | 'pt' | 'en', Texts>>) =>
  (Object.entries(texts) as ['es' | 'pt' | 'en', Texts][]).map(([locale, text]) => ({
    locale,
    ...text,
  }));

/** `connect` rows for relations looked up by their unique slug. */
export const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));
