import type { AbstractIntlMessages } from 'next-intl';
import { afterAll, describe, expect, it, vi } from 'vitest';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';

import { createTestCountry, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { toAdminListRow } from './admin-list-row';
import { findRelationOptions } from './find-relation-options';

// next-intl's server entry needs Next.js's request scope: the same translator over the real
// messages stands in for it.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  return {
    getTranslations: async ({ locale, namespace }: { locale: AppLocale; namespace: string }) =>
      createTranslator({
        locale,
        namespace,
        messages: (
          (await import(`../../../messages/${locale}.json`)) as { default: AbstractIntlMessages }
        ).default,
      }),
  };
});

const tag = uniqueTag();
const created: { countries: string[]; documents: string[] } = { countries: [], documents: [] };

const setUp = async () => {
  const country = await createTestCountry();
  created.countries.push(country.id);
  await prisma.countryTranslation.createMany({
    data: [
      { countryId: country.id, locale: 'pt', name: `País pt ${tag}` },
      { countryId: country.id, locale: 'en', name: `Country en ${tag}` },
    ],
  });
  const official = await prisma.mechanism.create({
    data: {
      slug: `${tag}-official`,
      countryId: country.id,
      level: 'NATIONAL',
      originalLocale: 'pt',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'pt', name: `Mecanismo Nacional ${tag}` },
          { locale: 'en', name: `National Mechanism ${tag}` },
        ],
      },
    },
  });
  const unnamed = await prisma.mechanism.create({
    data: {
      slug: `${tag}-unnamed`,
      countryId: country.id,
      level: 'LOCAL',
      jurisdiction: `Provincia ${tag}`,
      originalLocale: 'es',
      status: 'DRAFT',
    },
  });
  // Far in the future, so it is among the newest documents the options list.
  const document = await prisma.document.create({
    data: {
      slug: `${tag}-doc`,
      type: 'REPORT',
      originalLocale: 'pt',
      publishedOn: new Date('2999-01-01'),
      translations: { create: [{ locale: 'pt', title: `Relatório ${tag}` }] },
    },
  });
  created.documents.push(document.id);
  return { country, official, unnamed, document };
};

const rows = setUp();

afterAll(async () => {
  await prisma.document.deleteMany({ where: { id: { in: created.documents } } });
  await prisma.mechanism.deleteMany({ where: { countryId: { in: created.countries } } });
  await prisma.country.deleteMany({ where: { id: { in: created.countries } } });
});

const optionsFor = async (locale: AppLocale) => {
  const { country, official, unnamed, document } = await rows;
  const options = await findRelationOptions({
    locale,
    kinds: ['countries', 'mechanisms', 'documents'],
  });
  const find = (list: typeof options.countries, id: string) => list.find((o) => o.id === id);
  return {
    country: find(options.countries, country.id),
    official: find(options.mechanisms, official.id),
    unnamed: find(options.mechanisms, unnamed.id),
    document: find(options.documents, document.id),
  };
};

describe('findRelationOptions', () => {
  it('names countries in the editor’s language', async () => {
    expect((await optionsFor('pt')).country).toMatchObject({ name: `País pt ${tag}`, lang: 'pt' });
    expect((await optionsFor('en')).country).toMatchObject({
      name: `Country en ${tag}`,
      lang: 'en',
    });
  });

  it('gives a mechanism its official name in its own language, after its country', async () => {
    for (const locale of ['es', 'en'] as const) {
      const { official } = await optionsFor(locale);
      expect(official).toMatchObject({ name: `Mecanismo Nacional ${tag}`, lang: 'pt' });
    }
    const { official } = await optionsFor('en');
    expect(official?.context).toBe(`Country en ${tag}`);
    expect(official?.label).toBe(`Country en ${tag}: Mecanismo Nacional ${tag}`);
  });

  it('describes an unnamed mechanism in the editor’s language, never inventing a name', async () => {
    const { unnamed } = await optionsFor('es');
    expect(unnamed).toMatchObject({
      name: `Mecanismo local de prevención de Provincia ${tag} (sin nombre oficial registrado)`,
      lang: 'es',
      draft: true,
    });
  });

  it('falls back to a document’s own language, and says so', async () => {
    expect((await optionsFor('es')).document).toMatchObject({
      name: `Relatório ${tag}`,
      label: `Relatório ${tag}`,
      lang: 'pt',
    });
  });
});

describe('toAdminListRow', () => {
  const row = {
    id: 'x',
    slug: 'mnpct',
    originalLocale: 'pt' as const,
    translations: [
      { locale: 'es' as const, name: 'Mecanismo Nacional de Prevención' },
      { locale: 'pt' as const, name: 'Mecanismo Nacional de Prevenção' },
    ],
  };

  it('labels in the editor’s language by default', () => {
    expect(toAdminListRow(row, 'es', 'name')).toMatchObject({
      label: 'Mecanismo Nacional de Prevención',
      labelLocale: 'es',
    });
  });

  it('labels with the official name when asked', () => {
    expect(toAdminListRow(row, 'es', 'name', true)).toMatchObject({
      label: 'Mecanismo Nacional de Prevenção',
      labelLocale: 'pt',
    });
    const unnamedInOwn = { ...row, originalLocale: 'en' as const };
    expect(toAdminListRow(unnamedInOwn, 'es', 'name', true).labelLocale).toBe('es');
  });
});
