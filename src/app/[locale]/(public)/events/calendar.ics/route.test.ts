import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { seedEventFeedFixtures } from '../../../../../../tests/support/event-feed-fixtures';
import { readCalendar } from '../../../../../../tests/support/ical-checks';

// Links must come from SITE_URL, never from the request's host: set before src/env.ts loads.
vi.hoisted(() => {
  process.env.SITE_URL = 'https://prevenir.example.org';
});

const { GET } = await import('./route');
const { GET: getEventIcs } = await import('@/app/api/events/[slug]/ics/route');

const SITE = 'https://prevenir.example.org';
let fixtures: Awaited<ReturnType<typeof seedEventFeedFixtures>>;
beforeAll(async () => {
  // Digits, which no real country uses, reserved for this file.
  fixtures = await seedEventFeedFixtures({ iso: '46' });
});
afterAll(async () => {
  await fixtures?.cleanup();
});

const fetchCalendar = async (locale: string, query: string) => {
  const response = await GET(
    new Request(`http://evil.test/${locale}/events/calendar.ics${query}`),
    {
      params: Promise.resolve({ locale }),
    },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  return response.text();
};
const calendarOf = async (locale: string, query: string) => {
  const ics = await fetchCalendar(locale, query);
  expect(ics).not.toContain('evil.test');
  return readCalendar(ics);
};

describe('GET /[locale]/events/calendar.ics', () => {
  it('holds the upcoming day-precise events of a country as all-day, time-zone-free dates', async () => {
    const { slug, countrySlug, countryName } = fixtures;
    const calendar = await calendarOf('es', `?country=${countrySlug}`);
    expect(calendar.name).toBe(`Próximos eventos (País: ${countryName.es}) – Prevenir`);
    expect(calendar.description).toMatch(/^Próximas conferencias/);
    expect(calendar.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.calendar.getFirstPropertyValue('url')).toBe(
      `${SITE}/es/events?country=${countrySlug}`,
    );
    // No past event, no draft, and no event known only by its month.
    expect(calendar.events.map((event) => event.url)).toEqual([
      `${SITE}/es/events/${slug('workshop')}`,
      `${SITE}/es/events/${slug('conference')}`,
    ]);
    // All-day dates need no time zone: none is declared, none referenced.
    expect(calendar.timezones).toHaveLength(0);
    const [workshop, conference] = calendar.events;
    expect(conference!.start.isDate).toBe(true);
    expect(conference!.start.toString()).toBe('2099-08-14');
    // DTEND of an all-day event is exclusive: the day after the last day.
    expect(conference!.end!.isDate).toBe(true);
    expect(conference!.end!.toString()).toBe('2099-08-17');
    expect(workshop!.start.toString()).toBe('2099-03-01');
    expect(workshop!.end!.toString()).toBe('2099-03-02');
    expect(conference).toMatchObject({
      uid: `event-${slug('conference')}@prevenir.example.org`,
      summary: 'Conferencia regional',
      location: `Ciudad Quimera, ${countryName.es}`,
      categories: ['Conferencia'],
      sequence: 0,
    });
    expect(conference!.description).toBe(
      `Resumen; en español.\n\n${SITE}/es/events/${slug('conference')}`,
    );
    expect(workshop!.summary).toBe('Taller <en línea>');
    // Change times are UTC instants.
    const updatedAt = await fixtures.updatedAt();
    expect(conference!.lastModified!.zone.tzid).toBe('UTC');
    expect(conference!.lastModified!.toJSDate().getTime()).toBe(
      Math.floor(updatedAt.get(slug('conference'))!.getTime() / 1000) * 1000,
    );
  });

  it('gives each event the UID and sequence of its own .ics, so calendars keep one copy', async () => {
    const { slug, countrySlug } = fixtures;
    const [, fromCalendar] = (await calendarOf('pt', `?country=${countrySlug}`)).events;
    const single = await getEventIcs(
      new Request(`http://localhost/api/events/${slug('conference')}/ics?locale=pt`),
      { params: Promise.resolve({ slug: slug('conference') }) },
    );
    const [own] = readCalendar(await single.text()).events;
    expect(fromCalendar!.uid).toBe(own!.uid);
    expect(fromCalendar!.sequence).toBe(own!.sequence);
    expect(fromCalendar!.start.toString()).toBe(own!.start.toString());
    expect(fromCalendar!.summary).toBe(own!.summary);
  });

  it('filters by kind, and ignores the year (upcoming events only) and invalid values', async () => {
    const { slug, countrySlug, countryName } = fixtures;
    const workshops = await calendarOf('en', `?country=${countrySlug}&kind=WORKSHOP`);
    expect(workshops.name).toBe(
      `Upcoming events (Country: ${countryName.es}, Kind: Workshop) – Prevenir`,
    );
    expect(workshops.events.map((event) => event.uid)).toEqual([
      `event-${slug('workshop')}@prevenir.example.org`,
    ]);
    const withYear = await calendarOf('en', `?country=${countrySlug}&year=2001&kind=EVIL&page=3`);
    expect(withYear.events).toHaveLength(2);
    expect(withYear.calendar.getFirstPropertyValue('source')).toBe(
      `${SITE}/en/events/calendar.ics?country=${countrySlug}`,
    );
  });

  it('writes the same dates whatever the server’s time zone', async () => {
    const { countrySlug } = fixtures;
    const original = process.env.TZ;
    const dates = async () =>
      (await calendarOf('es', `?country=${countrySlug}`)).events.map((event) =>
        [event.start.toString(), event.end!.toString()].join('/'),
      );
    const inUtc = await dates();
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Lima', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(await dates(), zone).toEqual(inUtc);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(inUtc).toEqual(['2099-03-01/2099-03-02', '2099-08-14/2099-08-17']);
  });

  it('answers 404 for a path whose language is not one of the site’s', async () => {
    const response = await GET(new Request('http://localhost/xx/events/calendar.ics'), {
      params: Promise.resolve({ locale: 'xx' }),
    });
    expect(response.status).toBe(404);
  });
});
