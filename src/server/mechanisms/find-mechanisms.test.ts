import { randomInt } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TMechanismListQuerySchema } from '@/lib/validation/mechanisms';
import { prisma } from '@/server/db';

import { findMechanisms } from './find-mechanisms';

// Unique per run: the test database is shared with other test files.
const run = `fm${Date.now().toString(36)}${randomInt(1000)}`;
const countrySlug = `${run}-quimeria`;
const hiddenCountrySlug = `${run}-hidden`;

// ISO codes are unique too: digits, which no real country uses, reserved for this file.
const createCountry = (slug: string, iso: string, name: string, status: 'PUBLISHED' | 'DRAFT') =>
  prisma.country.create({
    data: {
      slug,
      iso2: iso,
      iso3: `0${iso}`,
      subregion: 'SOUTH_AMERICA',
      federal: true,
      opcatStatus: 'PARTY',
      status,
      translations: {
        create: [
          { locale: 'es', name },
          { locale: 'en', name: `${name} (en)` },
        ],
      },
    },
  });

beforeAll(async () => {
  const country = await createCountry(countrySlug, '41', 'Quimería', 'PUBLISHED');
  const hidden = await createCountry(hiddenCountrySlug, '42', 'Oculta', 'DRAFT');
  const national = await prisma.mechanism.create({
    data: {
      slug: `${run}-npm`,
      countryId: country.id,
      level: 'NATIONAL',
      acronym: 'QMNP',
      model: 'OMBUDSPERSON_OR_NHRI',
      operationalStatus: 'OPERATIONAL',
      originalLocale: 'es',
      website: 'https://defensoria.example.org',
      email: 'mnp@defensoria.example.org',
      phone: '+00 1 234 5678',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'es', name: 'Defensoría del Pueblo de Quimería' },
          { locale: 'en', name: 'Ombudsman Office of Quimeria' },
        ],
      },
    },
  });
  await prisma.mechanism.create({
    data: {
      slug: `${run}-local`,
      countryId: country.id,
      parentId: national.id,
      level: 'LOCAL',
      jurisdiction: 'Ñuñoa Alta',
      model: 'NEW_SPECIALISED_BODY',
      operationalStatus: 'DESIGNATED',
      originalLocale: 'es',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', name: 'Comisión Provincial de Prevención' }] },
    },
  });
  await prisma.mechanism.create({
    data: {
      slug: `${run}-draft`,
      countryId: country.id,
      level: 'LOCAL',
      jurisdiction: 'Borrador',
      originalLocale: 'es',
      status: 'DRAFT',
      translations: { create: [{ locale: 'es', name: 'Comisión Borrador' }] },
    },
  });
  await prisma.mechanism.create({
    data: {
      slug: `${run}-in-hidden-country`,
      countryId: hidden.id,
      level: 'NATIONAL',
      originalLocale: 'es',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', name: 'Defensoría de Quimería Oculta' }] },
    },
  });
});

afterAll(async () => {
  // Mechanisms go with their countries (onDelete: Cascade).
  await prisma.country.deleteMany({ where: { slug: { in: [countrySlug, hiddenCountrySlug] } } });
});

const slugsFor = async (filters: TMechanismListQuerySchema) =>
  (await findMechanisms({ locale: 'es', filters })).mechanisms.map((m) => m.slug);

describe('findMechanisms', () => {
  it('lists a country’s published mechanisms, the national one first, with its contact', async () => {
    const { mechanisms, countries, filters } = await findMechanisms({
      locale: 'es',
      filters: { country: countrySlug },
    });
    expect(filters.country).toBe(countrySlug);
    expect(mechanisms.map((m) => m.slug)).toEqual([`${run}-npm`, `${run}-local`]);
    expect(mechanisms[0]).toMatchObject({
      name: 'Defensoría del Pueblo de Quimería',
      nameIsFallback: false,
      country: { slug: countrySlug, name: 'Quimería' },
      website: 'https://defensoria.example.org',
      email: 'mnp@defensoria.example.org',
      phone: '+00 1 234 5678',
    });
    expect(countries).toContainEqual({ slug: countrySlug, name: 'Quimería' });
    // A country that is not published is neither listed nor offered as a filter.
    expect(countries.map((c) => c.slug)).not.toContain(hiddenCountrySlug);
  });

  it('filters by level, institutional model and operational status', async () => {
    const country = countrySlug;
    expect(await slugsFor({ country, level: 'LOCAL' })).toEqual([`${run}-local`]);
    expect(await slugsFor({ country, level: 'NATIONAL' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, model: 'NEW_SPECIALISED_BODY' })).toEqual([`${run}-local`]);
    expect(await slugsFor({ country, status: 'OPERATIONAL' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, level: 'LOCAL', status: 'OPERATIONAL' })).toEqual([]);
  });

  it('searches names in any language, acronyms and jurisdictions, ignoring case and accents', async () => {
    const country = countrySlug;
    expect(await slugsFor({ country, q: 'defensoria' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, q: 'DEFENSORÍA' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, q: 'ombudsman' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, q: 'qmnp' })).toEqual([`${run}-npm`]);
    expect(await slugsFor({ country, q: 'nunoa' })).toEqual([`${run}-local`]);
    expect(await slugsFor({ country, q: 'comision  PREVENCION' })).toEqual([`${run}-local`]);
    expect(await slugsFor({ country, q: 'borrador' })).toEqual([]);
  });

  it('searches across countries without a country filter, never showing unpublished ones', async () => {
    const slugs = await slugsFor({ q: 'defensoria quimeria' });
    expect(slugs).toContain(`${run}-npm`);
    expect(slugs).not.toContain(`${run}-in-hidden-country`);
    expect(slugs).not.toContain(`${run}-draft`);
  });

  it('drops a country slug that matches no published country', async () => {
    const { mechanisms, filters } = await findMechanisms({
      locale: 'es',
      filters: { country: `${run}-nowhere` },
    });
    expect(filters.country).toBeUndefined();
    expect(mechanisms.map((m) => m.slug)).toContain(`${run}-npm`);
  });

  it('shows the official name in its own language, with a translation into the visitor’s', async () => {
    const { mechanisms } = await findMechanisms({
      locale: 'en',
      filters: { country: countrySlug },
    });
    expect(mechanisms[0]).toMatchObject({
      name: 'Defensoría del Pueblo de Quimería',
      nameLocale: 'es',
      nameTranslation: 'Ombudsman Office of Quimeria',
    });
    expect(mechanisms[1]).toMatchObject({
      name: 'Comisión Provincial de Prevención',
      nameLocale: 'es',
      nameTranslation: null,
      nameIsFallback: true,
      country: { name: 'Quimería (en)' },
    });
    // In Spanish, the official name is the visitor's: no translation to add.
    const spanish = await findMechanisms({ locale: 'es', filters: { country: countrySlug } });
    expect(spanish.mechanisms[0]).toMatchObject({ nameLocale: 'es', nameTranslation: null });
  });
});
