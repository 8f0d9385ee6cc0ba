// Rows for the library's integration tests. Every call uses a fresh tag, so parallel test files
// sharing the database never see each other's rows when they filter by their own theme.
import { createHash, randomUUID } from 'node:crypto';

import type { DocumentType, Locale, PublicationStatus } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

export const uniqueTag = () => `t${randomUUID().slice(0, 8)}`;

export type TestDocument = {
  slug: string;
  type?: DocumentType;
  status?: PublicationStatus;
  originalLocale?: Locale;
  publishedOn?: string | null;
  titles: Partial<Record<Locale, string>>;
  themeIds?: string[];
  countryIds?: string[];
  mechanismIds?: string[];
  fileId?: string;
};

/**
 * The row of a stored PDF, with the text extracted from it, for tests of what is read from that
 * text (no bytes on disk). One per tag: its SHA-256 is the tag's.
 */
export const createTestFileRecord = (tag: string, extractedText: string, size = 1234) =>
  prisma.storedFile.create({
    data: {
      sha256: createHash('sha256').update(tag).digest('hex'),
      filename: 'informe.pdf',
      contentType: 'application/pdf',
      size,
      extractedText,
    },
  });

export const createTestTheme = (slug: string) =>
  prisma.theme.create({
    data: { slug, translations: { create: [{ locale: 'en', label: `Theme ${slug}` }] } },
  });

export const createTestDocument = (doc: TestDocument) =>
  prisma.document.create({
    data: {
      slug: doc.slug,
      type: doc.type ?? 'REPORT',
      status: doc.status ?? 'PUBLISHED',
      originalLocale: doc.originalLocale ?? 'es',
      publishedOn: doc.publishedOn ? new Date(doc.publishedOn) : null,
      fileId: doc.fileId,
      translations: {
        create: Object.entries(doc.titles).map(([locale, title]) => ({
          locale: locale as Locale,
          title,
        })),
      },
      themes: { connect: (doc.themeIds ?? []).map((id) => ({ id })) },
      countries: { connect: (doc.countryIds ?? []).map((id) => ({ id })) },
      mechanisms: { connect: (doc.mechanismIds ?? []).map((id) => ({ id })) },
    },
  });

/** Deletes the documents whose slug starts with `tag`, and the given themes. */
export const deleteTestRows = async (tag: string, themeIds: string[] = []) => {
  await prisma.document.deleteMany({ where: { slug: { startsWith: tag } } });
  await prisma.theme.deleteMany({ where: { id: { in: themeIds } } });
};
