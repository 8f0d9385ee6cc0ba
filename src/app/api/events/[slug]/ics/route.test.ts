import { randomInt } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { GET } from './route';

// Unique per run: the test database is shared with other test files.
const run = `ics${Date.now().toString(36)}${randomInt(1000)}`;
const countrySlug = `${run}-quimeria`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const get = (slug: string, query = '') =>
  GET(new Request(`http://localhost/api/events/${slug}/ics${query}`), {
    params: Promise.resolve({ slug }),
  });

// iCalendar folds lines at 75 octets: unfold before looking for a value.
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

beforeAll(async () => {
  const country = await prisma.country.create({
    data: {
      slug: countrySlug,
      // Digits, which no real country uses, reserved for this file.
      iso2: '44',
      iso3: '044',
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      status: 'PUBLISHED',
      translations: {
        create: [
          { locale: 'es', name: 'Quimería' },
          { locale: 'pt', name: 'Quiméria' },
        ],
      },
    },
  });
  const base = {
    kind: 'CONFERENCE' as const,
    originalLocale: 'es' as const,
    status: 'PUBLISHED' as const,
    countryId: country.id,
  };
  await prisma.event.createMany({
    data: [
      {
        ...base,
        slug: `${run}-conference`,
        startsOn: day('2013-08-14'),
        endsOn: day('2013-08-16'),
        city: 'Ciudad Quimera',
      },
      { ...base, slug: `${run}-one-day`, startsOn: day('2030-02-28') },
      { ...base, slug: `${run}-month`, startsOn: day('2030-05-01'), datePrecision: 'MONTH' },
      { ...base, slug: `${run}-draft`, startsOn: day('2030-05-01'), status: 'DRAFT' },
    ],
  });
  const events = await prisma.event.findMany({ where: { slug: { startsWith: `${run}-` } } });
  await prisma.eventTranslation.createMany({
    data: events.flatMap((event) => [
      {
        eventId: event.id,
        locale: 'es' as const,
        title: 'Alianzas, para la prevención; en el Cono Sur',
        summary: 'Resumen en español.',
      },
      { eventId: event.id, locale: 'pt' as const, title: 'Parcerias para a prevenção' },
    ]),
  });
});

afterAll(async () => {
  await prisma.event.deleteMany({ where: { slug: { startsWith: `${run}-` } } });
  await prisma.country.deleteMany({ where: { slug: countrySlug } });
});

describe('GET /api/events/[slug]/ics', () => {
  it('returns the event as an all-day iCalendar attachment, in Spanish by default', async () => {
    const response = await get(`${run}-conference`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${run}-conference.ics"`,
    );
    const ics = unfold(await response.text());
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20130814');
    // DTEND of an all-day event is exclusive: the day after the last day.
    expect(ics).toContain('DTEND;VALUE=DATE:20130817');
    expect(ics).toContain('SUMMARY:Alianzas\\, para la prevención\\; en el Cono Sur');
    expect(ics).toContain('LOCATION:Ciudad Quimera\\, Quimería');
    expect(ics).toMatch(/DESCRIPTION:Resumen en español\.\\n\\nhttp.*\/es\/events\//);
    expect(ics).toMatch(new RegExp(`URL;VALUE=URI:http.*/es/events/${run}-conference`));
    expect(ics).toContain(`UID:event-${run}-conference@`);
  });

  it('uses the language asked for and ignores unknown ones', async () => {
    const pt = unfold(await (await get(`${run}-conference`, '?locale=pt')).text());
    expect(pt).toContain('SUMMARY:Parcerias para a prevenção');
    expect(pt).toContain('LOCATION:Ciudad Quimera\\, Quiméria');
    expect(pt).toMatch(new RegExp(`URL;VALUE=URI:http.*/pt/events/${run}-conference`));

    const unknown = unfold(await (await get(`${run}-conference`, '?locale=fr')).text());
    expect(unknown).toContain('SUMMARY:Alianzas');
  });

  it('ends a one-day event on the next day, across a month end', async () => {
    const ics = unfold(await (await get(`${run}-one-day`)).text());
    expect(ics).toContain('DTSTART;VALUE=DATE:20300228');
    expect(ics).toContain('DTEND;VALUE=DATE:20300301');
  });

  it('answers 404 JSON for unknown, unpublished and date-less events', async () => {
    for (const slug of [`${run}-nowhere`, `${run}-draft`, `${run}-month`]) {
      const response = await get(slug);
      expect(response.status, slug).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toHaveProperty('error');
    }
  });

  it('answers 404 for slugs that cannot exist (NUL, traversal, 10 kB) without querying them', async () => {
    for (const slug of ['\u0000', '../../etc/passwd', 'a'.repeat(10_000), "x' OR 1=1--"]) {
      const response = await get(slug);
      expect(response.status).toBe(404);
    }
  });
});
