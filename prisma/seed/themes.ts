import type { SeedDb } from './lib';

type ThemeRow = { slug: string; es: string; pt: string; en: string };

// Only themes the reference texts in prisma/data/reference actually deal with.
export const THEMES = [
  {
    slug: 'npm-designation',
    es: 'Designación de mecanismos nacionales de prevención',
    pt: 'Designação de mecanismos nacionais de prevenção',
    en: 'Designation of national preventive mechanisms',
  },
  {
    slug: 'federal-states',
    es: 'Estados federales y mecanismos locales',
    pt: 'Estados federais e mecanismos locais',
    en: 'Federal states and local mechanisms',
  },
  {
    slug: 'ombudsperson-institutions',
    es: 'Defensorías del Pueblo e instituciones nacionales de derechos humanos',
    pt: 'Defensorias do Povo e instituições nacionais de direitos humanos',
    en: 'Ombudsperson institutions and national human rights institutions',
  },
  {
    slug: 'universal-periodic-review',
    es: 'Examen Periódico Universal',
    pt: 'Revisão Periódica Universal',
    en: 'Universal Periodic Review',
  },
  {
    slug: 'international-cooperation',
    es: 'Cooperación internacional',
    pt: 'Cooperação internacional',
    en: 'International cooperation',
  },
  {
    slug: 'detention-monitoring',
    es: 'Monitoreo de lugares de privación de libertad',
    pt: 'Monitoramento de locais de privação de liberdade',
    en: 'Monitoring places of detention',
  },
  {
    slug: 'legislation',
    es: 'Legislación',
    pt: 'Legislação',
    en: 'Legislation',
  },
] as const satisfies readonly ThemeRow[];

export type ThemeSlug = (typeof THEMES)[number]['slug'];

export const seedThemes = async (db: SeedDb): Promise<number> => {
  for (const { slug, es, pt, en } of THEMES) {
    await db.theme.create({
      data: {
        slug,
        translations: {
          create: [
            { locale: 'es', label: es },
            { locale: 'pt', label: pt },
            { locale: 'en', label: en },
          ],
        },
      },
    });
  }
  return THEMES.length;
};
