import { randomInt } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Prisma } from '@/generated/prisma/client';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { prisma } from '@/server/db';

import { findEvents } from './find-events';

// Unique per run: the test database is shared with other test files.
const run = `fe${Date.now().toString(36)}${randomInt(1000)}`;
const countrySlug = `${run}-quimeria`;
const slug = (name: string) => `${run}-${name}`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// A fixed "today", so the upcoming/past split does not depend on when the test runs.
const today = day('2030-06-15');

beforeAll(async () => {
  const country = await prisma.country.create({
    data: {
      slug: countrySlug,
      // Digits, which no real country uses, reserved for this file.
      iso2: '43',
      iso3: '043',
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      status: 'PUBLISHED',
      translations: { create: [{ locale: 'es', name: 'Quimería' }] },
    },
  });
  const mechanism = await prisma.mechanism.create({
    data: {
      slug: slug('npm'),
      countryId: country.id,
      level: 'NATIONAL',
      originalLocale: 'es',
      status: 'PUBLISHED',
    },
  });
  const event = (
    name: string,
    data: Omit<Prisma.EventCreateInput, 'slug' | 'originalLocale' | 'translations'>,
  ) =>
    prisma.event.create({
      data: {
        slug: slug(name),
        originalLocale: 'es',
        status: 'PUBLISHED',
        country: { connect: { id: country.id } },
        translations: { create: [{ locale: 'es', title: `Evento ${name}` }] },
        ...data,
      },
    });
  await Promise.all([
    event('conference-2013', {
      kind: 'CONFERENCE',
      startsOn: day('2013-08-14'),
      endsOn: day('2013-08-16'),
    }),
    event('year-2029', { kind: 'OTHER', startsOn: day('2029-01-01'), datePrecision: 'YEAR' }),
    event('under-way', {
      kind: 'WORKSHOP',
      startsOn: day('2030-06-14'),
      endsOn: day('2030-06-16'),
    }),
    event('this-month', { kind: 'WEBINAR', startsOn: day('2030-06-01'), datePrecision: 'MONTH' }),
    event('next-month', { kind: 'WORKSHOP', startsOn: day('2030-07-01') }),
    event('yesterday', { kind: 'WORKSHOP', startsOn: day('2030-06-14') }),
    event('draft', { kind: 'WORKSHOP', startsOn: day('2030-07-02'), status: 'DRAFT' }),
    // Online, no country of its own: it belongs to the country through its mechanism.
    event('online', {
      kind: 'WEBINAR',
      startsOn: day('2030-08-01'),
      online: true,
      country: undefined,
      mechanisms: { connect: { id: mechanism.id } },
    }),
  ]);
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { slug: { startsWith: `${run}-` } } });
  await prisma.country.deleteMany({ where: { slug: countrySlug } });
});

const calendarFor = (filters: TEventListQuerySchema) =>
  findEvents({ locale: 'es', filters: { country: countrySlug, ...filters }, today });
const slugsOf = (events: { slug: string }[]) => events.map((event) => event.slug);

describe('findEvents', () => {
  it('splits upcoming (soonest first, under way included) from past (latest first)', async () => {
    const { upcoming, past } = await calendarFor({});
    expect(slugsOf(upcoming)).toEqual([
      slug('this-month'),
      slug('under-way'),
      slug('next-month'),
      slug('online'),
    ]);
    expect(slugsOf(past)).toEqual([slug('yesterday'), slug('year-2029'), slug('conference-2013')]);
  });

  it('pages through past events, clamping a page beyond the last one', async () => {
    const paged = (page?: number) =>
      findEvents({
        locale: 'es',
        filters: { country: countrySlug, page },
        today,
        pastPageSize: 2,
      });
    const first = await paged();
    expect(slugsOf(first.past)).toEqual([slug('yesterday'), slug('year-2029')]);
    expect(first).toMatchObject({ pastCount: 3, pageCount: 2, filters: { page: 1 } });
    expect(first.upcoming).toHaveLength(4);
    expect(slugsOf((await paged(2)).past)).toEqual([slug('conference-2013')]);
    const beyond = await paged(99);
    expect(beyond.filters.page).toBe(2);
    expect(slugsOf(beyond.past)).toEqual([slug('conference-2013')]);
  });

  it('filters by kind and by year, and offers the years and countries that have events', async () => {
    const byKind = await calendarFor({ kind: 'CONFERENCE' });
    expect(slugsOf(byKind.upcoming)).toEqual([]);
    expect(slugsOf(byKind.past)).toEqual([slug('conference-2013')]);

    const byYear = await calendarFor({ year: 2013 });
    expect(slugsOf([...byYear.upcoming, ...byYear.past])).toEqual([slug('conference-2013')]);
    expect(byYear.years).toEqual(expect.arrayContaining([2030, 2029, 2013]));
    expect(byYear.years).toEqual([...byYear.years].sort((a, b) => b - a));
    expect(byYear.countries).toContainEqual({ slug: countrySlug, name: 'Quimería' });
  });

  it('drops a country nobody holds events in, and never lists drafts', async () => {
    const { upcoming, past, filters } = await findEvents({
      locale: 'es',
      filters: { country: `${run}-nowhere`, year: 2030 },
      today,
    });
    expect(filters.country).toBeUndefined();
    const slugs = slugsOf([...upcoming, ...past]);
    expect(slugs).toContain(slug('next-month'));
    expect(slugs).not.toContain(slug('draft'));
  });
});
