import { DOCUMENTS } from '../../../prisma/seed/document-data';
import { bySlug, type SeedDb, titleTranslations, toDate } from '../../../prisma/seed/lib';

export const seedDocuments = async (db: SeedDb): Promise<number> => {
  for (const doc of DOCUMENTS) {
    await db.document.create({
      data: {
        slug: doc.slug,
        type: doc.type,
        originalLocale: doc.originalLocale,
        publishedOn: doc.publishedOn === null ? null : toDate(doc.publishedOn),
        sources: doc.sources,
        status: 'PUBLISHED',
        translations: { create: titleTranslations(doc.texts) },
        countries: { connect: bySlug(doc.countries) },
        mechanisms: { connect: bySlug(doc.mechanisms) },
        themes: { connect: bySlug(doc.themes) },
      },
    });
  }
  return DOCUMENTS.length;
};
