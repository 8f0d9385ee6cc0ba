import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { childOf, entrySlugs, feedRoute } from '../../../../../../tests/support/atom-checks';
import { seedEventFeedFixtures } from '../../../../../../tests/support/event-feed-fixtures';

// Links must come from SITE_URL, never from the request's host: set before src/env.ts loads.
vi.hoisted(() => {
  process.env.SITE_URL = 'https://prevenir.example.org';
});

const { GET } = await import('./route');

const SITE = 'https://prevenir.example.org';
// Digits, which no real country uses, reserved for this file.
let fixtures: Awaited<ReturnType<typeof seedEventFeedFixtures>>;
beforeAll(async () => {
  fixtures = await seedEventFeedFixtures({ iso: '45' });
});
afterAll(async () => {
  await fixtures?.cleanup();
});

const { feedOf } = feedRoute(GET, '/events/feed.xml');

describe('GET /[locale]/events/feed.xml', () => {
  it('lists upcoming events soonest first, then past ones, with dates and places', async () => {
    const { slug, countrySlug, countryName } = fixtures;
    const { feed, entries } = await feedOf('en', `?country=${countrySlug}`);
    expect(feed.language).toBe('en');
    expect(feed.title).toBe(`Events (Country: ${countryName.es}) – Prevenir`);
    expect(feed.url).toBe(`${SITE}/en/events?country=${countrySlug}`);
    expect(feed.self).toBe(`${SITE}/en/events/feed.xml?country=${countrySlug}`);
    // Published only: the draft never appears.
    expect(entrySlugs({ feed })).toEqual([
      slug('workshop'),
      slug('month'),
      slug('conference'),
      slug('past'),
    ]);

    const updatedAt = await fixtures.updatedAt();
    const [workshop, month, conference] = feed.items;
    expect(conference).toMatchObject({
      id: `tag:prevenir.example.org,2026:en/events/${slug('conference')}`,
      url: `${SITE}/en/events/${slug('conference')}`,
      title: 'Regional conference',
      updated: updatedAt.get(slug('conference')),
      // No date of first publication is kept: none is invented.
      published: null,
      categories: [{ term: 'CONFERENCE', label: 'Conference' }],
    });
    expect(conference!.description).toMatch(
      new RegExp(`^<p>August 14\\s*–\\s*16, 2099 · Ciudad Quimera, ${countryName.es}</p>`),
    );
    expect(conference!.description).toContain('<p>Summary, in English.</p>');
    // A Spanish-only event in the English feed: its title is marked Spanish, its details English.
    expect(workshop!.title).toBe('Taller <en línea>');
    expect(childOf(entries[0]!, 'title')!.attributes['xml:lang']).toBe('es');
    expect(workshop!.description).toBe(
      `<p lang="en">March 1, 2099 · ${countryName.es} · Online</p>`,
    );
    // Only the month is known.
    expect(month!.description).toBe(`<p lang="en">May 2099 · ${countryName.es}</p>`);
  });

  it('applies the kind and year filters and speaks the visitor’s language', async () => {
    const { slug, countrySlug, countryName } = fixtures;
    const conferences = await feedOf('pt', `?country=${countrySlug}&kind=CONFERENCE`);
    expect(entrySlugs(conferences)).toEqual([slug('conference'), slug('past')]);
    expect(conferences.feed.title).toBe(
      `Eventos (País: ${countryName.pt}, Tipo: Conferência) – Prevenir`,
    );
    expect(conferences.feed.items[0]!.url).toBe(`${SITE}/pt/events/${slug('conference')}`);
    expect(conferences.feed.items[0]!.description).toMatch(/14.*16 de agosto de 2099/);

    const of2001 = await feedOf('es', `?kind=CONFERENCE&year=2001&country=${countrySlug}`);
    expect(entrySlugs(of2001)).toEqual([slug('past')]);
    // The filters in a fixed order, whatever the visitor's URL had.
    expect(of2001.feed.self).toBe(
      `${SITE}/es/events/feed.xml?country=${countrySlug}&kind=CONFERENCE&year=2001`,
    );
  });

  it('drops invalid filters and ignores the page instead of failing', async () => {
    const { slug, countrySlug } = fixtures;
    const bad = await feedOf(
      'es',
      `?country=${countrySlug}&country=x&kind=EVIL&year=99999&page=%00&page=-4`,
    );
    expect(entrySlugs(bad)).toEqual([
      slug('workshop'),
      slug('month'),
      slug('conference'),
      slug('past'),
    ]);
    const unknownCountry = await feedOf('es', `?country=${'a'.repeat(5000)}`);
    expect(unknownCountry.feed.self).toBe(`${SITE}/es/events/feed.xml`);
  });
});
